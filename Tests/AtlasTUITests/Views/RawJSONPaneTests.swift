import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct RawJSONPaneTests {
  private func jsonState(_ id: String, size: Size = Size(width: 120, height: 60)) -> AppState {
    var state = AppState(catalog: SeedCatalog.make(), screenSize: size)
    state.reveal(recordID: id)
    _ = state.apply(.toggleRawJSON)
    return state
  }

  @Test("The JSON view shows exactly RecordPayload.text, line for line, when it fits")
  func exactPayload() throws {
    let state = jsonState(SeedCatalog.tenantID)
    var canvas = Canvas(size: Size(width: 60, height: 29))
    RecordPane.draw(state, in: canvas.bounds, on: &canvas)
    let catalog = state.catalog
    let index = try #require(catalog.index(of: SeedCatalog.tenantID))
    let expected = RecordPayload.text(of: index, in: catalog).split(separator: "\n").map(String.init)
    let shown = canvas.textRows.dropFirst().prefix(expected.count).map { row in
      // Strip the frame and the one-column margin; keep the line's own indentation.
      var inner = String(row.dropFirst(2).dropLast())
      while inner.last == " " { inner.removeLast() }
      return inner
    }
    #expect(Array(shown) == expected)
    expectScreen(
      canvas,
      rows: """
        ┌ Record JSON · tenant:acme ───────────────────────────────┐
        │ {                                                        │
        │   "id": "tenant:acme",                                   │
        │   "_kind": "Tenant",                                     │
        │   "_file": "tenancy/tenants/acme.yaml",                  │
        │   "_cluster": "tenancy",                                 │
        │   "attributes": {                                        │
        │     "displayName": "Acme Corp",                          │
        │     "plan": {                                            │
        │       "tier": "enterprise",                              │
        │       "seats": 250                                       │
        │     }                                                    │
        │   },                                                     │
        │   "outgoingEdges": [                                     │
        │     {                                                    │
        │       "from": "tenant:acme",                             │
        │       "to": "run:01kqex-example-run-001",                │
        │       "kind": "scopes_runs",                             │
        │       "attributes": {}                                   │
        │     },                                                   │
        │     {                                                    │
        │       "from": "tenant:acme",                             │
        │       "to": "billing-account:acme-missing",              │
        │       "kind": "billed_to"                                │
        │     }                                                    │
        │   ],                                                     │
        │   "incomingEdges": []                                    │
        │ }                                                        │
        └──────────────────────────────────────────────────────────┘
        """)
  }

  @Test("JSON tokens are coloured by role")
  func roles() {
    let state = jsonState(SeedCatalog.tenantID)
    var canvas = Canvas(size: Size(width: 40, height: 14))
    RecordPane.draw(state, in: canvas.bounds, on: &canvas)
    let quoted = { (n: Int) in String(repeating: "\"", count: n) }
    // `{`, then `  "id": "tenant:acme",`
    expectRoles(canvas, rows: "-.p\n-...KKKKp." + quoted(13) + "p", startRow: 1)
    // `      "seats": 250` (row 11: the `_file` line wrapped at this width)
    expectRoles(canvas, rows: "-.......KKKKKKKp.999", startRow: 11)
  }

  @Test("Long lines wrap at the pane's width instead of hiding the value")
  func wraps() {
    let state = jsonState(SeedCatalog.runID)
    var canvas = Canvas(size: Size(width: 30, height: 8))
    RecordPane.draw(state, in: canvas.bounds, on: &canvas)
    expectScreen(
      canvas,
      rows: """
        ┌ Record JSON · run:01kqex-e…┐
        │ {                          │
        │   "id": "run:01kqex-exampl │
        │ e-run-001",                │
        │   "_kind": "Run",          │
        │   "_file": "lifecycle/runs │
        │ /example-run.yaml",        │
        └────────────────────────────┘
        """)
  }

  @Test("The highlighter tells keys from string values, and survives escaped quotes")
  func highlighter() {
    let spans = JSONHighlighter.spans(#"  "a\"b:": "x\"y", "n": -1.5e+3, "t": true, "z": null"#)
    let keys = spans.filter { $0.role == .jsonKey }.map(\.text)
    let strings = spans.filter { $0.role == .jsonString }.map(\.text)
    #expect(keys == [#""a\"b:""#, #""n""#, #""t""#, #""z""#])
    #expect(strings == [#""x\"y""#])
    #expect(spans.filter { $0.role == .jsonNumber }.map(\.text) == ["-1.5e+3"])
    #expect(spans.filter { $0.role == .jsonLiteral }.map(\.text) == ["true", "null"])
    #expect(spans.map(\.text).joined() == #"  "a\"b:": "x\"y", "n": -1.5e+3, "t": true, "z": null"#)
  }

  @Test("The last page ends with the final row on the bottom row of the pane")
  func lastPage() {
    var s = jsonState(SeedCatalog.runID, size: Size(width: 80, height: 12))
    _ = s.apply(.focusRight)
    _ = s.apply(.focusRight)
    _ = s.apply(.moveToBottom)
    let rows = s.json?.layout.rows.count ?? 0
    let height = s.jsonArea.height
    #expect(rows > height)
    #expect(s.jsonScroll == rows - height)
    let canvas = Screen.render(s)
    let bottom = canvas.textRows[s.layout.content(of: .detail).maxY - 1]
    #expect(bottom.hasSuffix("│ }" + String(repeating: " ", count: s.jsonArea.width) + "│"))
  }
}

extension RawJSONPaneTests {
  @Test("Closing and reopening the JSON view on the same record keeps its layout; another record drops it")
  func jsonKeptWhileSelected() {
    var s = jsonState(SeedCatalog.runID)
    _ = s.apply(.toggleRawJSON)
    #expect(!s.showsRawJSON)
    #expect(s.json?.recordIndex == s.selected?.index)
    s.resize(to: Size(width: 100, height: 30))
    _ = s.apply(.toggleRawJSON)
    #expect(s.json?.layout.width == s.jsonArea.width)  // laid out again for the new width
    _ = s.apply(.toggleRawJSON)
    _ = s.apply(.moveDown)  // the clusters pane: another cluster, another record
    #expect(s.selected?.index != nil)
    #expect(s.json == nil)
  }
}
