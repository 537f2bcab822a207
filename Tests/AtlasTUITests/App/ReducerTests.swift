import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

/// Applies `action` and checks what the reducer asked the loop to do.
private func expectReaction(
  _ s: inout AppState, _ action: Action, _ expected: Reaction,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let reaction = s.apply(action)
  #expect(reaction == expected, sourceLocation: sourceLocation)
}

struct ReducerTests {
  private func state(_ size: Size = Size(width: 120, height: 40)) -> AppState {
    AppState(catalog: SeedCatalog.make(), screenSize: size)
  }

  /// The state with the seed run selected and the record pane focused.
  private func atRun() -> AppState {
    var s = state()
    s.reveal(recordID: SeedCatalog.runID)
    _ = s.apply(.focusRight)
    _ = s.apply(.focusRight)
    return s
  }

  private func selectEdge(to target: String, in s: inout AppState) {
    guard let detail = s.selected?.detail else { return }
    for n in 0..<detail.edgeCount where detail.link(at: n)?.otherEnd == target {
      _ = s.apply(.moveToTop)
      for _ in 0..<n { _ = s.apply(.moveDown) }
      return
    }
  }

  @Test("A new state selects the first cluster and its first record, with the clusters pane focused")
  func initial() {
    let s = state()
    #expect(s.focus == .clusters)
    #expect(s.selectedCluster?.name == "lifecycle")
    #expect(s.selectedRecord?.id == "run-attempt:01kqex-attempt-1")
    #expect(s.selected?.index == s.selectedRecordIndex)
  }

  @Test("Moving in the clusters pane changes the cluster and starts its records from the top")
  func moveClusters() {
    var s = state()
    _ = s.apply(.focusRight)
    _ = s.apply(.moveDown)
    _ = s.apply(.moveDown)
    _ = s.apply(.focusLeft)
    expectReaction(&s, .moveDown, .redraw)
    #expect(s.selectedCluster?.name == "tenancy")
    #expect(s.records.selected == 0)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
    expectReaction(&s, .moveDown, .none)  // already at the last cluster
  }

  @Test("Moving in the records pane changes the record the right pane shows")
  func moveRecords() {
    var s = state()
    _ = s.apply(.focusRight)
    _ = s.apply(.moveDown)
    #expect(s.selectedRecord?.id == SeedCatalog.invocationID)
    #expect(s.selected?.detail.rows.first?.spans.last?.text == SeedCatalog.invocationID)
    _ = s.apply(.moveToBottom)
    #expect(s.selectedRecord?.id == SeedCatalog.stateID)
    _ = s.apply(.moveToTop)
    #expect(s.records.selected == 0)
  }

  @Test("h and l move focus without wrapping; Tab and Shift-Tab wrap around")
  func focus() {
    var s = state()
    expectReaction(&s, .focusLeft, .none)
    #expect(s.focus == .clusters)
    _ = s.apply(.focusRight)
    _ = s.apply(.focusRight)
    #expect(s.focus == .detail)
    _ = s.apply(.focusRight)
    #expect(s.focus == .detail)
    _ = s.apply(.focusNext)
    #expect(s.focus == .clusters)
    _ = s.apply(.focusPrevious)
    #expect(s.focus == .detail)
    _ = s.apply(.focusPrevious)
    #expect(s.focus == .records)
  }

  @Test("Enter opens: clusters to records to the record pane")
  func openMovesRight() {
    var s = state()
    _ = s.apply(.open)
    #expect(s.focus == .records)
    _ = s.apply(.open)
    #expect(s.focus == .detail)
  }

  @Test("Enter on an outgoing edge goes to its target: cluster, row, record, history")
  func followOutgoing() {
    var s = atRun()
    selectEdge(to: SeedCatalog.invocationID, in: &s)
    expectReaction(&s, .open, .redraw)
    #expect(s.selectedRecord?.id == SeedCatalog.invocationID)
    #expect(s.selectedCluster?.name == "lifecycle")
    #expect(s.records.selected == 1)
    #expect(s.focus == .detail)
    #expect(s.detail.selected == 0)
    #expect(s.history.back.map(\.recordID) == [SeedCatalog.runID])
    #expect(s.message == nil)
  }

  @Test("Enter on an incoming edge goes to its source, in another cluster")
  func followIncoming() {
    var s = atRun()
    selectEdge(to: SeedCatalog.tenantID, in: &s)
    _ = s.apply(.open)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
    #expect(s.selectedCluster?.name == "tenancy")
  }

  @Test("Enter on an edge to a missing record shows a message and changes nothing else")
  func missingTarget() {
    var s = atRun()
    selectEdge(to: "state-machine:run", in: &s)
    var expected = s
    expectReaction(&s, .open, .redraw)
    #expect(s.message == StatusMessage("state-machine:run is not in the catalog (governed_by edge)", kind: .error))
    expected.message = s.message
    #expect(s == expected)
    // The next key clears the message.
    _ = s.apply(.moveDown)
    #expect(s.message == nil)
  }

  @Test("Back and forward retrace followed edges and restore the selected edge")
  func backAndForward() {
    var s = atRun()
    selectEdge(to: SeedCatalog.invocationID, in: &s)
    let edgeOnRun = s.detail.selected
    _ = s.apply(.open)  // run → invocation
    _ = s.apply(.open)  // invocation's first edge: belongs_to_run → run
    #expect(s.selectedRecord?.id == SeedCatalog.runID)
    #expect(s.history.back.map(\.recordID) == [SeedCatalog.runID, SeedCatalog.invocationID])

    _ = s.apply(.back)
    #expect(s.selectedRecord?.id == SeedCatalog.invocationID)
    _ = s.apply(.back)
    #expect(s.selectedRecord?.id == SeedCatalog.runID)
    #expect(s.detail.selected == edgeOnRun)
    #expect(s.history.forward.count == 2)

    _ = s.apply(.forward)
    #expect(s.selectedRecord?.id == SeedCatalog.invocationID)
    _ = s.apply(.back)
    _ = s.apply(.back)
    #expect(s.message == StatusMessage("Nothing to go back to"))
    #expect(s.selectedRecord?.id == SeedCatalog.runID)
  }

  @Test("Following a new edge after going back drops the forward steps")
  func newBranch() {
    var s = atRun()
    selectEdge(to: SeedCatalog.invocationID, in: &s)
    _ = s.apply(.open)
    _ = s.apply(.back)
    #expect(s.history.forward.count == 1)
    selectEdge(to: SeedCatalog.stateID, in: &s)
    _ = s.apply(.open)
    #expect(s.history.forward.isEmpty)
    expectReaction(&s, .forward, .redraw)
    #expect(s.message == StatusMessage("Nothing to go forward to"))
  }

  @Test("J toggles the JSON view; in it, j and k scroll the JSON; Esc closes it")
  func rawJSON() {
    var s = atRun()
    _ = s.apply(.toggleRawJSON)
    #expect(s.showsRawJSON)
    _ = s.apply(.moveDown)
    _ = s.apply(.moveDown)
    #expect(s.jsonScroll == 2)
    #expect(s.detail.selected == 0)  // edges are not moved underneath
    _ = s.apply(.moveToBottom)
    #expect(s.jsonScroll == s.maxJSONScroll)
    #expect(s.jsonScroll > 0)
    _ = s.apply(.open)  // nothing to follow in the JSON view
    #expect(s.selectedRecord?.id == SeedCatalog.runID)
    _ = s.apply(.closeOverlay)
    #expect(!s.showsRawJSON)
    _ = s.apply(.toggleRawJSON)
    #expect(s.jsonScroll == 0)
  }

  @Test("? opens help; movement scrolls it; any other key only closes it")
  func help() {
    var s = atRun()
    s.resize(to: Size(width: 80, height: 12))
    _ = s.apply(.toggleHelp)
    #expect(s.showsHelp)
    _ = s.apply(.moveDown)
    #expect(s.helpScroll == 1)
    _ = s.apply(.moveToBottom)
    #expect(s.helpScroll == s.maxHelpScroll)
    let before = s.selectedRecord?.id
    _ = s.apply(.open)
    #expect(!s.showsHelp)
    #expect(s.selectedRecord?.id == before)
    _ = s.apply(.toggleHelp)
    _ = s.apply(.closeOverlay)
    #expect(!s.showsHelp)
  }

  @Test("q quits, but over the help it closes the help first; Ctrl-L asks for a full repaint")
  func quitAndRepaint() {
    var s = state()
    expectReaction(&s, .quit, .quit)
    _ = s.apply(.toggleHelp)
    expectReaction(&s, .quit, .redraw)
    #expect(!s.showsHelp)
    expectReaction(&s, .quit, .quit)
    expectReaction(&s, .repaint, .repaint)
  }

  @Test("In the record pane, moving past the first edge scrolls up to the header")
  func scrollAboveEdges() {
    var s = atRun()
    s.resize(to: Size(width: 80, height: 12))  // the record pane shows 10 rows
    _ = s.apply(.moveDown)
    _ = s.apply(.moveDown)
    #expect(s.detail.selected == 2)
    #expect(s.detail.scroll > 0)
    _ = s.apply(.moveUp)
    _ = s.apply(.moveUp)
    #expect(s.detail.selected == 0)
    let scroll = s.detail.scroll
    _ = s.apply(.moveUp)
    #expect(s.detail.selected == 0)
    #expect(s.detail.scroll == scroll - 1)
    _ = s.apply(.moveToTop)
    #expect(s.detail.scroll == 0)
  }

  @Test("Page down moves a page less one row and keeps the selection in view")
  func paging() {
    var s = AppState(catalog: TestCatalogs.grid(clusters: 1, perCluster: 100), screenSize: Size(width: 120, height: 20))
    _ = s.apply(.focusRight)
    let visible = s.layout.content(of: .records).height  // 17
    _ = s.apply(.pageDown)
    #expect(s.records.selected == visible - 1)
    _ = s.apply(.pageDown)
    #expect(s.records.selected == 2 * (visible - 1))
    #expect(s.records.scroll <= s.records.selected)
    #expect(s.records.selected < s.records.scroll + visible)
    _ = s.apply(.moveToBottom)
    #expect(s.records.selected == 99)
    #expect(s.records.scroll == 100 - visible)
    _ = s.apply(.pageUp)
    #expect(s.records.selected == 99 - (visible - 1))
  }

  @Test("A resize keeps the selections visible at the new size")
  func resize() {
    var s = AppState(catalog: TestCatalogs.grid(clusters: 1, perCluster: 100), screenSize: Size(width: 120, height: 60))
    _ = s.apply(.focusRight)
    for _ in 0..<50 { _ = s.apply(.moveDown) }
    s.resize(to: Size(width: 80, height: 15))
    let visible = s.layout.content(of: .records).height
    #expect(s.records.selected == 50)
    #expect(s.records.scroll <= 50 && 50 < s.records.scroll + visible)
  }

  @Test("reveal selects a record by id without touching the history; unknown ids are refused")
  func reveal() {
    var s = state()
    let found = s.reveal(recordID: SeedCatalog.tenantID)
    #expect(found)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
    #expect(s.history.back.isEmpty)
    let unknown = s.reveal(recordID: "nope:1")
    #expect(!unknown)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
  }

  @Test("An empty catalog takes every action without trapping")
  func emptyCatalog() {
    var s = AppState(catalog: TestCatalogs.grid(clusters: 0, perCluster: 0))
    for _ in Pane.allCases {
      for action in Action.allCases where action != .quit { _ = s.apply(action) }
      _ = s.apply(.closeOverlay)
      _ = s.apply(.focusNext)
    }
    #expect(s.selected == nil)
    _ = s.apply(.toggleRawJSON)
    #expect(s.message == StatusMessage("No record selected"))
  }

  @Test("History keeps at most its limit of steps")
  func historyLimit() {
    var h = History()
    for i in 0..<(History.limit + 10) { h.leave(History.Entry(recordID: "r:\(i)")) }
    #expect(h.back.count == History.limit)
    #expect(h.back.first?.recordID == "r:10")
  }
}
