import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct SearchIndexTests {
  private func record(_ id: String, name: String = "") -> Record {
    Record(
      id: id, kind: "K", file: "c/f.yaml", cluster: "c",
      attributes: name.isEmpty ? [] : [Value.Member("name", .string(name))],
      location: SourceLocation(file: "c/f.yaml", line: 1, column: 1))
  }

  private func catalog(_ records: [Record]) -> Catalog {
    Catalog(root: "/s", records: records, diagnostics: [], fileCount: 1)
  }

  private func ranked(_ query: String, in catalog: Catalog) -> [String] {
    var session = FilterSession(saved: AppState(catalog: catalog).savedPlace)
    session.update(query: query, index: SearchIndex(catalog: catalog))
    return session.ranked.map { catalog.records[Int($0)].id }
  }

  @Test("Matches rank id prefixes first, then ids containing the query, then names; catalog order within a rank")
  func ranking() {
    let c = catalog([
      record("x:ab", name: "zzz"), record("y:1", name: "Abc"), record("ab:1"), record("q:xab"),
      record("ab:2", name: "ab too"), record("none", name: "nothing"),
    ])
    #expect(ranked("ab", in: c) == ["ab:1", "ab:2", "x:ab", "q:xab", "y:1"])
  }

  @Test("Matching ignores case, for non-ASCII text too")
  func caseInsensitive() {
    let c = catalog([record("P:ÉMILE", name: "Straße"), record("p:other", name: "ÅSA")])
    #expect(ranked("émile", in: c) == ["P:ÉMILE"])
    #expect(ranked("STRASSE", in: c) == [])  // folding is lower-casing, not full case folding
    #expect(ranked("straße", in: c) == ["P:ÉMILE"])
    #expect(ranked("åsa", in: c) == ["p:other"])
    #expect(ranked("P:", in: c) == ["P:ÉMILE", "p:other"])
  }

  @Test("A hit must lie inside the id or inside the name, never across the two, even with NUL in ids")
  func hitsStayInside() {
    let c = catalog([record("ab", name: "cd"), record("a\u{0}b", name: "x")])
    let index = SearchIndex(catalog: c)
    #expect(index.matches(Array("b\u{0}c".utf8)).isEmpty)
    #expect(index.matches(Array("a\u{0}b".utf8)) == [SearchIndex.Match(record: 1, rank: .idPrefix)])
    #expect(index.matches(Array("d\n".utf8)).isEmpty)
  }

  @Test("An empty query matches every record in catalog order")
  func emptyQuery() {
    let c = TestCatalogs.grid(clusters: 2, perCluster: 3)
    #expect(ranked("", in: c) == c.records.map(\.id))
  }

  @Test("Typing narrows and Backspace widens to exactly what a fresh search finds")
  func narrowingMatchesFreshSearch() {
    let c = TestCatalogs.synthetic(count: 3000)
    let index = SearchIndex(catalog: c)
    var session = FilterSession(saved: AppState(catalog: c).savedPlace)
    let typed = ["s", "sk", "ski", "skil", "skill:", "skill:a", "skill:am", "skill:a", "skill:", "ski", "", "émi", "émil",
      "Émile", "riv", "river-0", "r"]
    for query in typed {
      session.update(query: query, index: index)
      var fresh = FilterSession(saved: AppState(catalog: c).savedPlace)
      fresh.update(query: query, index: index)
      // And against a brute-force reading of the rule.
      let folded = query.lowercased()
      let brute = c.records.indices.filter {
        folded.isEmpty || c.records[$0].id.lowercased().contains(folded)
          || c.records[$0].displayName.lowercased().contains(folded)
      }
      #expect(!brute.isEmpty, "\(query) should match something in this catalog")
      #expect(session.ranked == fresh.ranked, "\(query)")
      #expect(Set(session.ranked.map(Int.init)) == Set(brute), "\(query)")
    }
  }

  @Test("Highlighting marks each occurrence by whole graphemes, and looks only at what can show")
  func highlight() {
    let spans = MatchHighlight.spans("Abc-aBc-É", query: CaseFold.bytes("abc"), limit: 40, role: .normal)
    #expect(spans == [Span("Abc", .searchMatch), Span("-", .normal), Span("aBc", .searchMatch), Span("-É", .normal)])
    let accented = MatchHighlight.spans("xÉy", query: CaseFold.bytes("é"), limit: 40, role: .normal)
    #expect(accented == [Span("x", .normal), Span("É", .searchMatch), Span("y", .normal)])
    let long = String(repeating: "ab", count: 1_000_000)
    let cut = MatchHighlight.spans(long, query: CaseFold.bytes("b"), limit: 5, role: .normal)
    #expect(cut.map(\.text).joined() == "ababab")  // limit + 1 graphemes: enough for the ellipsis
  }
}
