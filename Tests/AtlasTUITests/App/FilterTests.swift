import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct FilterTests {
  private func state(_ size: Size = Size(width: 120, height: 30)) -> AppState {
    AppState(catalog: SeedCatalog.make(), screenSize: size)
  }

  /// Presses keys as the runner would: through the keymap, in the state's current mode.
  private func press(_ keys: [KeyEvent], _ s: inout AppState) {
    for key in keys {
      if let action = Keymap.standard.action(for: key, in: s) { _ = s.apply(action) }
    }
  }

  private func type(_ text: String, _ s: inout AppState) {
    press(text.map { .character($0) }, &s)
  }

  @Test("/ opens the filter over every record; typed characters, q included, narrow it; the panes preview the match")
  func typing() {
    var s = state()
    press([.character("/")], &s)
    #expect(s.inputMode == .filtering)
    #expect(s.focus == .records)
    #expect(s.filter?.matchCount == 6)
    type("acme", &s)
    #expect(s.filter?.query == "acme")
    #expect(s.filter?.matchCount == 1)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
    #expect(Keymap.standard.action(for: .character("q"), in: s) == .filter("acmeq"))
    #expect(Keymap.standard.action(for: .character("q")) == .quit)  // outside the filter
    type("q", &s)
    #expect(s.filter?.matchCount == 0)
    press([.backspace], &s)
    #expect(s.filter?.query == "acme")
    #expect(s.filter?.matchCount == 1)
  }

  @Test("Esc puts back the selection, focus and history from before the filter")
  func escapeRestores() {
    var s = state()
    _ = s.apply(.focusRight)
    _ = s.apply(.moveDown)
    let before = s.selectedRecord?.id
    press([.character("/")], &s)
    type("acme", &s)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
    press([.escape], &s)
    #expect(s.filter == nil)
    #expect(s.selectedRecord?.id == before)
    #expect(s.focus == .records)
    #expect(s.history.back.isEmpty)
  }

  @Test("Esc also puts back the JSON view's scroll, after previews of other records")
  func escapeRestoresJSONScroll() {
    var s = state(Size(width: 80, height: 14))
    s.reveal(recordID: SeedCatalog.runID)
    _ = s.apply(.focusRight)
    _ = s.apply(.focusRight)
    _ = s.apply(.toggleRawJSON)
    for _ in 0..<5 { _ = s.apply(.moveDown) }
    #expect(s.jsonScroll == 5)
    press([.character("/")], &s)
    type("acme", &s)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
    press([.escape], &s)
    #expect(s.selectedRecord?.id == SeedCatalog.runID)
    #expect(s.showsRawJSON)
    #expect(s.jsonScroll == 5)
    #expect(s.focus == .detail)
  }

  @Test("Backspace on an empty query closes the filter as Esc does")
  func backspaceOnEmpty() {
    var s = state()
    press([.character("/"), .character("x"), .backspace], &s)
    #expect(s.filter?.query == "")
    press([.backspace], &s)
    #expect(s.filter == nil)
    #expect(s.focus == .clusters)
  }

  @Test("Enter goes to the highlighted match like following an edge: a history step, and Back returns")
  func enterSelects() {
    var s = state()
    let start = s.selectedRecord?.id
    press([.character("/")], &s)
    type("run", &s)
    let ids = (0..<(s.filter?.matchCount ?? 0)).compactMap { s.filter?.match(at: $0) }.map { s.catalog.records[$0].id }
    #expect(ids == ["run-attempt:01kqex-attempt-1", "run-attempt:retrying-example", SeedCatalog.runID, SeedCatalog.stateID])
    press([.down, .down], &s)
    #expect(s.selectedRecord?.id == SeedCatalog.runID)
    press([.enter], &s)
    #expect(s.filter == nil)
    #expect(s.selectedRecord?.id == SeedCatalog.runID)
    #expect(s.focus == .detail)
    #expect(s.history.back.map(\.recordID) == [start].compactMap { $0 })
    _ = s.apply(.back)
    #expect(s.selectedRecord?.id == start)
  }

  @Test("Enter with no match says so and keeps the prompt open")
  func enterWithoutMatch() {
    var s = state()
    press([.character("/")], &s)
    type("zzz", &s)
    press([.enter], &s)
    #expect(s.filter?.query == "zzz")
    #expect(s.message == StatusMessage("No record matches “zzz”"))
  }

  @Test("The filter action opens the filter with a query directly (how benchmarks type)")
  func filterAction() {
    var s = state()
    #expect(s.apply(.filter("tenant")) == .redraw)
    #expect(s.filter?.matchCount == 1)
    #expect(s.apply(.filter("tenan")) == .redraw)  // the prompt shows the query
    #expect(s.apply(.filter("tenan")) == .none)  // the same query again: nothing to draw
    #expect(s.apply(.filter("x")) == .redraw)
  }

  @Test("While filtering, the matches from every cluster fill the records and record panes: id, cluster, name, the query marked; the status line is the prompt")
  func screen() {
    var s = state(Size(width: 120, height: 12))
    press([.character("/")], &s)
    type("Run", &s)
    let canvas = Screen.render(s)
    let rows = canvas.textRows
    let list = s.layout.filterList
    #expect(list.maxX == 120)
    let pane = rows.prefix(7).map { String($0.dropFirst(list.x)) }
    #expect(pane == [
      "┌ Find: 4 matches ─────────────────────────────────────────────────────────────────────────────────┐",
      "│ run-attempt:01kqex-attempt-1  lifecycle  Attempt 1                                               │",
      "│ run-attempt:retrying-example  lifecycle  Retrying attempt                                        │",
      "│ run:01kqex-example-run-001    lifecycle  Example feature-build run                               │",
      "│ lifecycle-state:run.waiting   lifecycle  waiting                                                 │",
      "│                                                                                                  │",
      "│                                                                                                  │",
    ])
    let nameX = list.x + 2 + 30 + 11
    #expect(String(canvas.roleRows()[3].dropFirst(nameX).prefix(25)) == "......................mmm")  // "… run" by name
    let roles = canvas.roleRows()
    let row = { (y: Int) in String(roles[y].dropFirst(list.x + 2).prefix(30)) }
    #expect(row(1) == "mmmSSSSSSSSSSSSSSSSSSSSSSSSSSS")  // the highlighted match, its "run" marked
    #expect(row(4) == "................mmm...........")
    #expect(rows[11].hasPrefix(" /Run"))
    #expect(rows[11].hasSuffix("↑↓ choose · Enter go · Esc cancel"))
    #expect(roles[11].dropFirst(5).first == "S")  // the cursor after the query
  }

  @Test("At 80 columns the matches take the full width below the clusters, under the previewed record's header")
  func screenNarrow() {
    var s = state(Size(width: 80, height: 16))
    press([.character("/")], &s)
    type("acme", &s)
    let canvas = Screen.render(s)
    expectScreen(
      canvas,
      rows: """
        ┌ Clusters (2) ────────────────────┐┌ Record · tenant:acme ────────────────────┐
        │ lifecycle                      5 ││ id      tenant:acme                      │
        │ tenancy                        1 ││ kind    Tenant                           │
        └──────────────────────────────────┘│ file    tenancy/tenants/acme.yaml        │
        ┌ Find: 1 match ───────────────────────────────────────────────────────────────┐
        │ tenant:acme  tenancy  Acme Corp                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         /acme                                        ↑↓ choose · Enter go · Esc cancel
        """)
    expectRoles(canvas, rows: "=TTTTTTTTTTTTTTT", startRow: 4)
    expectRoles(canvas, rows: "=SSSSSSSSmmmmSSSSSSSSSSSmmmmS", startRow: 5)
  }
}

@Suite struct FilterClearTests {
  @Test("Ctrl-U in the find prompt clears the query and keeps the prompt open")
  func ctrlUClears() {
    var s = AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 120, height: 40))
    for key: KeyEvent in [.character("/"), .character("r"), .character("u"), .control("u")] {
      if let action = Keymap.standard.action(for: key, in: s) { _ = s.apply(action) }
    }
    #expect(s.filter?.query == "")
    #expect(s.inputMode == .filtering)
  }
}
