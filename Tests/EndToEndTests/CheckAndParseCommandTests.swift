import AtlasModel
import Foundation
import TestSupport
import Testing

/// `atlas-tui check` and `atlas-tui parse`, run as a script would run them.
@Suite(.enabled(if: BuiltProgram.atlasTUI != nil))
struct CheckAndParseCommandTests {
  @Test func checkOnTheFixturesListsTheDanglingEdgeAndExitsZero() throws {
    let outcome = try CommandLineTests.run(["check", PackagePaths.atlasFixture.path])
    #expect(outcome.status == 0)
    #expect(outcome.output == """
      orchestration/processes/example-feature-build.yaml:12:5: warning: edge 'defined_in' from \
      'process:example-feature-build' points to 'repo:a5c-ai/babysitter', which is not in the catalog
      26 records, 36 edges, 7 clusters in 18 files: 0 parse errors, 0 structural problems, 1 dangling edge

      """)
  }

  @Test func checkSortsDiagnosticsByFileAndLineAndExitsOneOnErrors() throws {
    let dir = try TemporaryCatalog([
      "b/z.yaml": "id: run:z\nstatus: a\nstatus: b\n",
      "a/y.yaml": "- id: 7\n- id: run:y\n  edges: [{kind: k}]\n",
      "a/x.yaml": "id: [unclosed\n",
    ])
    let outcome = try CommandLineTests.run(["check", dir.path])
    #expect(outcome.status == 1)
    let lines = outcome.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 5, "\(outcome.output)")
    #expect(lines.dropLast().map { $0.prefix(while: { $0 != " " }) } == [
      "a/x.yaml:2:1:", "a/y.yaml:1:7:", "a/y.yaml:3:11:", "b/z.yaml:3:1:",
    ])
    #expect(lines.last == "2 records, 0 edges, 2 clusters in 3 files: 1 parse error, 3 structural problems, 0 dangling edges")
  }

  @Test func checkJSONCarriesTheSameFactsForTools() throws {
    let outcome = try CommandLineTests.run(["check", "--json", PackagePaths.atlasFixture.path])
    #expect(outcome.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["records"] as? Int == 26)
    #expect(summary["danglingEdges"] as? Int == 1)
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["line"] as? Int == 12)
    #expect(diagnostics.first?["recordId"] as? String == "process:example-feature-build")
  }

  @Test func checkEscapesControlCharactersFromTheCatalog() throws {
    let dir = try TemporaryCatalog(["a/x.yaml": "id: \"run:\\e[31mred\"\nk: 1\nk: 2\n"])
    let outcome = try CommandLineTests.run(["check", dir.path])
    #expect(outcome.status == 1)
    #expect(!outcome.output.contains("\u{1b}"))
  }

  /// The same words and status from every command that is given a catalog it cannot open.
  @Test func aCatalogThatCannotBeOpenedIsExitOneWithTheSameMessageEverywhere() throws {
    let expected = "atlas-tui: /nonexistent/atlas: cannot open catalog: No such file or directory\n"
    for arguments in [["check", "/nonexistent/atlas"], ["show", "x:1", "--catalog", "/nonexistent/atlas"]] {
      let outcome = try CommandLineTests.run(arguments)
      #expect(outcome.status == 1, "\(arguments)")
      #expect(outcome.errors == expected, "\(arguments)")
    }
  }

  @Test func parsePrintsOneJSONLinePerDocument() throws {
    let dir = try TemporaryCatalog(["x.yaml": "id: a:1\nb: [yes, ~, 0x1F, 2026-01-01]\n---\n- id: \"q:1\"\n"])
    let outcome = try CommandLineTests.run(["parse", dir.url.appendingPathComponent("x.yaml").path])
    #expect(outcome.status == 0)
    #expect(outcome.output == "{\"id\":\"a:1\",\"b\":[\"yes\",null,31,\"2026-01-01\"]}\n[{\"id\":\"q:1\"}]\n")
    #expect(outcome.errors == "")
  }

  /// parse shows what the loader keeps, and says what the loader would say.
  @Test func parseKeepsTheFirstOfARepeatedKeyAndReportsIt() throws {
    let dir = try TemporaryCatalog(["x.yaml": "id: br:dup\na: 1\na: 2\n"])
    let path = dir.url.appendingPathComponent("x.yaml").path
    let outcome = try CommandLineTests.run(["parse", path])
    #expect(outcome.status == 1)
    #expect(outcome.output == "{\"id\":\"br:dup\",\"a\":1}\n")
    #expect(outcome.errors == "\(path):3:1: error: duplicate key 'a' (first at line 2, column 1); the first is kept\n")
  }

  @Test func aBadJSONLinesLineCostsOnlyItself() throws {
    let dir = try TemporaryCatalog([
      "a.jsonl": "{\"id\":\"jl:1\"}\n{\"id\":\"jl:2\",}\n{\"id\":\"jl:3\"}\n\n{\"id\":\"jl:4\"}"
    ])
    let outcome = try CommandLineTests.run(["check", dir.path])
    #expect(outcome.status == 1)
    #expect(outcome.output.hasPrefix("a.jsonl:2:14: error: expected a string key\n3 records, "))
    let parsed = try CommandLineTests.run(["parse", dir.url.appendingPathComponent("a.jsonl").path])
    #expect(parsed.output == "{\"id\":\"jl:1\"}\n{\"id\":\"jl:3\"}\n{\"id\":\"jl:4\"}\n")
  }

  @Test func parseReportsTheFirstErrorWithItsPositionAndExitsOne() throws {
    let dir = try TemporaryCatalog(["x.json": "{\"a\": [1, 2,]}"])
    let path = dir.url.appendingPathComponent("x.json").path
    let outcome = try CommandLineTests.run(["parse", path])
    #expect(outcome.status == 1)
    #expect(outcome.errors == "\(path):1:13: error: unexpected ']', expected a value\n")
  }
}
