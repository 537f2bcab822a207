@testable import AtlasModel
import Foundation
import TestSupport
import Testing

/// Broken and hostile files: each gets a diagnostic naming file, line and column, and
/// the rest of the catalog still loads.
@Suite struct HostileCatalogTests {
  static let good = "id: run:good\ndisplayName: Good run\n"

  /// Loads `good/run.yaml` beside `bad/<name>` and returns the catalog.
  func load(_ name: String, _ bytes: [UInt8]) throws -> Catalog {
    let dir = try TemporaryCatalog(["good/run.yaml": Self.good])
    try dir.write("bad/\(name)", Data(bytes))
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.contains(id: "run:good"), "the good record must still load")
    return catalog
  }

  func load(_ name: String, _ text: String) throws -> Catalog {
    try load(name, Array(text.utf8))
  }

  func messages(_ catalog: Catalog) -> [String] {
    catalog.diagnostics.map(\.description)
  }

  @Test(arguments: [
    ("syntax.yaml", "id: run:x\nkey: [unclosed\n", "bad/syntax.yaml:3:1: error:"),
    ("tabs.yaml", "id: run:x\nmap:\n\tkey: value\n", "bad/tabs.yaml:3:1: error:"),
    ("quote.yaml", "id: run:x\nname: \"never closed\n", "bad/quote.yaml:3:1: error:"),
    ("flow.json", "{\"id\": \"run:x\",}", "bad/flow.json:1:16: error:"),
  ])
  func aSyntaxErrorIsReportedAtItsPositionAndSkipsOnlyThatFile(name: String, text: String, expected: String)
    throws
  {
    let catalog = try load(name, text)
    #expect(!catalog.contains(id: "run:x"))
    let found = messages(catalog).filter { $0.hasPrefix(expected) }
    #expect(found.count == 1, "expected \(expected)… in \(messages(catalog))")
  }

  @Test func anEmptyFileAndACommentOnlyFileHoldNoRecordsAndNoErrors() throws {
    for (name, text) in [("empty.yaml", ""), ("comments.yaml", "# nothing here\n# at all\n")] {
      let catalog = try load(name, text)
      #expect(catalog.records.count == 1)
      #expect(catalog.diagnostics.isEmpty, "\(name): \(messages(catalog))")
    }
  }

  @Test func aByteOrderMarkAndCRLFLineEndingsReadNormally() throws {
    let catalog = try load("bom.yaml", [0xEF, 0xBB, 0xBF] + Array("id: run:bom\r\nnote: a\r\n".utf8))
    #expect(catalog.record(id: "run:bom")?.attribute("note") == .string("a"))
    #expect(catalog.diagnostics.isEmpty, "\(messages(catalog))")
  }

  @Test func invalidUTF8IsReportedWithItsLine() throws {
    let catalog = try load("latin1.yaml", Array("id: run:x\nname: caf".utf8) + [0xE9] + Array("\n".utf8))
    #expect(!catalog.contains(id: "run:x"))
    #expect(messages(catalog).contains { $0.hasPrefix("bad/latin1.yaml:2:") && $0.contains("error") })
  }

  @Test func aBinaryFileWithAYAMLNameIsReportedNotLoaded() throws {
    var rng = SystemRandomNumberGenerator()
    let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
    let catalog = try load("image.yaml", [0x89, 0x50, 0x4E, 0x47, 0x00] + noise)
    #expect(catalog.records.count == 1)
    #expect(messages(catalog).contains { $0.hasPrefix("bad/image.yaml:") && $0.contains("error") })
  }

  @Test func anAliasBombIsRefusedQuicklyWithAMessage() throws {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
      text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    text += "id: run:bomb\n"
    let clock = ContinuousClock()
    let start = clock.now
    let catalog = try load("bomb.yaml", text)
    #expect(clock.now - start < .seconds(10))
    #expect(!catalog.contains(id: "run:bomb"))
    #expect(messages(catalog).contains { $0.hasPrefix("bad/bomb.yaml:") && $0.contains("alias") })
  }

  @Test func nestingThousandsDeepIsRefusedAtTheDepthLimit() throws {
    let depth = 50_000
    let text = "id: run:deep\nv: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    let catalog = try load("deep.yaml", text)
    #expect(!catalog.contains(id: "run:deep"))
    #expect(messages(catalog).contains { $0.hasPrefix("bad/deep.yaml:2:") && $0.contains("deep") })
  }

  @Test func aDuplicateKeyKeepsTheFirstAndIsReported() throws {
    let catalog = try load("dup.yaml", "id: run:dup\nstatus: first\nstatus: second\n")
    #expect(catalog.record(id: "run:dup")?.attribute("status") == .string("first"))
    #expect(messages(catalog) == [
      "bad/dup.yaml:3:1: error: duplicate key 'status' (first at line 2, column 1); the first is kept"
    ])
  }

  @Test func aDuplicateKeyInALargeRecordIsFoundToo() throws {
    let keys = (1...20).map { "k\($0): \($0)\n" }.joined()
    let catalog = try load("wide.yaml", "id: run:wide\n" + keys + "k7: again\n")
    #expect(catalog.record(id: "run:wide")?.attribute("k7") == .number(7))
    #expect(catalog.record(id: "run:wide")?.attributes.count == 20)
    #expect(messages(catalog) == [
      "bad/wide.yaml:22:1: error: duplicate key 'k7' (first at line 8, column 1); the first is kept"
    ])
  }

  @Test func recordsBeforeASyntaxErrorInAListAreKeptAndTheErrorReported() throws {
    let catalog = try load("partial.yaml", "- id: run:one\n- id: run:two\n- id: [broken\n")
    #expect(catalog.contains(id: "run:one") && catalog.contains(id: "run:two"))
    #expect(messages(catalog).count == 1)
    #expect(messages(catalog).first?.hasPrefix("bad/partial.yaml:4:1: error:") == true)
  }

  @Test func aRecordWithoutIdOrWithANonStringIdIsReportedAndSkipped() throws {
    let catalog = try load("ids.yaml", "- displayName: no id\n- id: 42\n- id: run:fine\n")
    #expect(catalog.contains(id: "run:fine"))
    #expect(catalog.records.count == 2)
    #expect(messages(catalog) == [
      "bad/ids.yaml:1:3: error: record has no 'id' key",
      "bad/ids.yaml:2:7: error: 'id' must be a non-empty string, found a number",
    ])
  }

  @Test func malformedEdgesAreDroppedOneByOneAndReported() throws {
    let text = """
      - id: run:edges
        edges:
          - kind: in_state
          - to: run:good
          - kind: ok
            to: run:good
          - just a string
      - id: run:edges2
        edges: not-a-list
      """
    let catalog = try load("edges.yaml", text)
    #expect(catalog.record(id: "run:edges")?.outgoing.map(\.kind) == ["ok"])
    #expect(catalog.record(id: "run:edges2")?.outgoing.isEmpty == true)
    #expect(messages(catalog) == [
      "bad/edges.yaml:3:7: error: edge without 'to' (each must be a non-empty string); edge ignored",
      "bad/edges.yaml:4:7: error: edge without 'kind' (each must be a non-empty string); edge ignored",
      "bad/edges.yaml:7:7: error: an edge must be a mapping {kind, to}, found a string",
      "bad/edges.yaml:9:10: error: 'edges' must be a list of {kind, to}, found a string; edges ignored",
    ])
  }

  @Test func aSymlinkLoopIsReportedAndNotFollowedForever() throws {
    let dir = try TemporaryCatalog(["good/run.yaml": Self.good])
    try FileManager.default.createSymbolicLink(
      atPath: dir.url.appendingPathComponent("good/loop").path, withDestinationPath: "..")
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.records.map(\.id) == ["run:good"])
    #expect(messages(catalog).contains { $0.contains("good/loop") && $0.contains("loop") })
  }

  @Test func aDanglingSymlinkIsReportedAsUnreadable() throws {
    let dir = try TemporaryCatalog(["good/run.yaml": Self.good])
    try FileManager.default.createSymbolicLink(
      atPath: dir.url.appendingPathComponent("good/gone.yaml").path, withDestinationPath: "nowhere.yaml")
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.records.map(\.id) == ["run:good"])
    #expect(messages(catalog) == ["good/gone.yaml:1:1: error: cannot read: No such file or directory"])
  }
}

/// File names are bytes: a name that is not UTF-8 must still be read, and shown with its
/// odd bytes written out. Things that are not files are reported, not waited on.
@Suite struct FileNameAndTypeTests {
  @Test func filesAndFoldersWithNonUTF8NamesAreReadAndNamedVisibly() throws {
    let dir = try TemporaryCatalog(["c/good.yaml": "id: fn:good\n"])
    let folder = Array(dir.url.path.utf8) + Array("/clu".utf8) + [0xFF, 0xFE]
    #expect(RawPath(bytes: folder).withCString { mkdir($0, 0o755) } == 0)
    try writeRaw(folder + Array("/r.yaml".utf8), "id: fn:one\n")
    try writeRaw(Array(dir.url.path.utf8) + Array("/c/r".utf8) + [0xFF] + Array(".yaml".utf8), "id: fn:bad-name\n")
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.diagnostics.map(\.description) == [])
    #expect(Set(catalog.records.map(\.id)) == ["fn:good", "fn:one", "fn:bad-name"])
    #expect(catalog.record(id: "fn:one")?.file == "clu\\xFF\\xFE/r.yaml")
    #expect(catalog.record(id: "fn:bad-name")?.file == "c/r\\xFF.yaml")
  }

  func writeRaw(_ path: [UInt8], _ text: String) throws {
    let fd = RawPath(bytes: path).withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    try #require(fd >= 0)
    _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
  }

  @Test func aBinaryFileIsRecognisedFromItsFirstBytesWithoutReadingItAll() throws {
    let dir = try TemporaryCatalog(["a/ok.yaml": "id: run:ok\n"])
    try dir.write("a/blob.yaml", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 100)))
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.records.map(\.id) == ["run:ok"])
    #expect(catalog.diagnostics.map(\.description) == ["a/blob.yaml:1:1: error: binary file (a NUL byte at offset 7); not read"])
  }

  @Test func aFIFOWithACatalogNameIsReportedNotOpened() throws {
    let dir = try TemporaryCatalog(["a/ok.yaml": "id: run:ok\n"])
    #expect(mkfifo(dir.url.appendingPathComponent("a/pipe.yaml").path, 0o644) == 0)
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.records.map(\.id) == ["run:ok"])
    #expect(catalog.diagnostics.map(\.description) == ["a/pipe.yaml:1:1: error: not a regular file; not read"])
  }
}

@Suite struct EdgeFieldTypeTests {
  @Test func anEdgeWhoseKindOrTargetHasTheWrongTypeSaysSo() throws {
    let dir = try TemporaryCatalog([
      "a/x.yaml": "id: run:x\nedges:\n  - {kind: k, to: 5}\n  - {kind: [1], to: run:x}\n  - {kind: k, to: run:x, attributes: 5}\n  - id: \"   \"\n",
      "a/y.yaml": "id: \"   \"\n",
    ])
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.diagnostics.map(\.description) == [
      "a/x.yaml:3:5: error: edge 'to' must be a non-empty string, found a number; edge ignored",
      "a/x.yaml:4:5: error: edge 'kind' must be a non-empty string, found a list; edge ignored",
      "a/x.yaml:5:38: warning: edge 'attributes' is usually a mapping, found a number",
      "a/x.yaml:6:5: error: edge without 'kind' and 'to' (each must be a non-empty string); edge ignored",
      "a/x.yaml:6:5: warning: unknown edge key 'id' ignored",
      "a/y.yaml:1:5: error: 'id' is only white space",
    ])
    #expect(catalog.record(id: "run:x")?.outgoing.count == 1)
  }
}

@Suite struct VanishingFileTests {
  /// A file found by the walk and deleted before it is read: reported, the rest loads.
  @Test func aFileDeletedBetweenTheWalkAndTheReadIsReported() throws {
    let dir = try TemporaryCatalog(["a/ok.yaml": "id: run:ok\n", "a/gone.yaml": "id: run:gone\n"])
    var walker = CatalogWalker()
    walker.walk(root: dir.path)
    #expect(walker.files.map(\.relative) == ["a/gone.yaml", "a/ok.yaml"])
    try FileManager.default.removeItem(at: dir.url.appendingPathComponent("a/gone.yaml"))
    let results = CatalogLoader.parseAll(walker.files, limits: .standard, parallel: true, counter: nil)
    let catalog = CatalogLoader.assemble(root: dir.path, results: results, walkDiagnostics: walker.diagnostics)
    #expect(catalog.records.map(\.id) == ["run:ok"])
    #expect(catalog.diagnostics.map(\.description) == ["a/gone.yaml:1:1: error: cannot open: No such file or directory"])
  }
}
