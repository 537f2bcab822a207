/// The reducer: what each action does to the state. Pure and total: every action in
/// every state yields a state and a `Reaction`; nothing throws, nothing traps.
extension AppState {
  public mutating func apply(_ action: Action) -> Reaction {
    switch action {
    // q over the help or the problems list closes it, as their frames say Esc does:
    // reading help should not end the program by surprise.
    case .quit where inputMode == .help || inputMode == .diagnostics:
      showsHelp = false
      showsDiagnostics = false
      return .redraw
    case .quit: return .quit
    case .repaint: return .repaint
    default: break
    }
    let before = self
    message = nil  // a message lasts until the next key
    switch inputMode {
    case .help: applyInHelp(action)
    case .loading: applyWhileLoading(action)
    case .diagnostics: applyInDiagnostics(action)
    case .filtering: applyInFilter(action)
    case .browsing: applyInPanes(action)
    }
    keepSelectionsVisible()
    return self == before ? .none : .redraw
  }

  /// With the help open, movement scrolls it and anything else closes it, doing nothing
  /// more: a key pressed while reading help should not act on a pane out of sight.
  private mutating func applyInHelp(_ action: Action) {
    switch action {
    case .moveUp: helpScroll -= 1
    case .moveDown: helpScroll += 1
    case .pageUp: helpScroll -= visibleHelpRows
    case .pageDown: helpScroll += visibleHelpRows
    case .moveToTop: helpScroll = 0
    case .moveToBottom: helpScroll = maxHelpScroll
    default: showsHelp = false
    }
  }

  private var visibleHelpRows: Int { max(1, HelpOverlay.frame(in: layout).height - 3) }

  private mutating func applyInPanes(_ action: Action) {
    switch action {
    case .moveUp: move(by: -1)
    case .moveDown: move(by: 1)
    case .pageUp: move(by: -page)
    case .pageDown: move(by: page)
    case .moveToTop: move(by: Int.min / 2)
    case .moveToBottom: move(by: Int.max / 2)
    case .focusLeft: focus = focus.left ?? focus
    case .focusRight: focus = focus.right ?? focus
    case .focusNext: focus = focus.right ?? .clusters
    case .focusPrevious: focus = focus.left ?? .detail
    case .open: open()
    case .back: goBack()
    case .forward: goForward()
    case .toggleRawJSON: toggleRawJSON()
    case .toggleHelp:
      showsHelp = true
      helpScroll = 0
    case .toggleDiagnostics: openDiagnostics()
    case .startFilter: startFilter(query: "")
    case .filter(let query): startFilter(query: query)
    case .closeOverlay:
      if showsRawJSON { showsRawJSON = false }
    case .repaint, .quit: break
    }
  }

  /// A page is the focused pane's height less one row of overlap, for context.
  private var page: Int { max(1, visibleRows(focus) - 1) }

  private mutating func move(by delta: Int) {
    switch focus {
    case .clusters:
      let old = clusters.selected
      clusters.move(by: delta, count: catalog.clusters.count, height: visibleRows(.clusters))
      if clusters.selected != old { selectionChanged(resetRecords: true) }
    case .records:
      let old = records.selected
      records.move(by: delta, count: selectedCluster?.count ?? 0, height: visibleRows(.records))
      if records.selected != old { selectionChanged(resetRecords: false) }
    case .detail:
      if showsRawJSON {
        jsonScroll = max(0, min(jsonScroll.addingClamped(delta), maxJSONScroll))
      } else {
        moveInDetail(by: delta)
      }
    }
  }

  /// Moves the edge selection; past the first or last edge (or with no edges) the pane
  /// scrolls instead, so the header and attributes above the edges can be read too.
  private mutating func moveInDetail(by delta: Int) {
    let edgeCount = selected?.detail.edgeCount ?? 0
    let target = detail.selected.addingClamped(delta)
    if edgeCount == 0 || target < 0 && detail.selected == 0 || target >= edgeCount && detail.selected == edgeCount - 1 {
      detail.scroll = max(0, min(detail.scroll.addingClamped(delta), maxDetailScroll))
      return
    }
    detail.selected = max(0, min(target, edgeCount - 1))
    if target < 0 { detail.scroll = 0 }  // Home / PgUp past the top: show the header
    revealSelectedEdge()
  }

  /// The cluster or record changed: the right pane starts over for the new record.
  mutating func selectionChanged(resetRecords: Bool) {
    if resetRecords { records = ListPosition() }
    detail = ListPosition()
    jsonScroll = 0
    refreshSelection()
  }

  private mutating func open() {
    switch focus {
    case .clusters: focus = .records
    case .records: focus = .detail
    case .detail:
      guard !showsRawJSON else { return }
      guard let link = selected?.detail.link(at: detail.selected) else {
        message = StatusMessage("No edge selected")
        return
      }
      guard let target = catalog.index(of: link.otherEnd) else {
        message = StatusMessage("\(link.otherEnd) is not in the catalog (\(link.edge.kind) edge)", kind: .error)
        return
      }
      if let here = currentEntry { history.leave(here) }
      go(to: target, selectingEdge: 0)
    }
  }

  var currentEntry: History.Entry? {
    selectedRecord.map { History.Entry(recordID: $0.id, selectedEdge: detail.selected) }
  }

  private mutating func goBack() {
    guard let here = currentEntry, let entry = history.goBack(from: here) else {
      message = StatusMessage("Nothing to go back to")
      return
    }
    goToEntry(entry)
  }

  private mutating func goForward() {
    guard let here = currentEntry, let entry = history.goForward(from: here) else {
      message = StatusMessage("Nothing to go forward to")
      return
    }
    goToEntry(entry)
  }

  private mutating func goToEntry(_ entry: History.Entry) {
    guard let index = catalog.index(of: entry.recordID) else {
      message = StatusMessage("\(entry.recordID) is no longer in the catalog", kind: .error)
      return
    }
    go(to: index, selectingEdge: entry.selectedEdge)
  }

  /// Shows record `index`: selects its cluster and row, keeps the focus on the record
  /// pane (so edges can be followed one after another) and selects an edge.
  mutating func go(to index: Int, selectingEdge edge: Int) {
    guard let place = locate(recordIndex: index) else { return }
    clusters.selected = place.cluster
    records.selected = place.row
    detail = ListPosition()
    jsonScroll = 0
    refreshSelection()
    focus = .detail
    detail.selected = max(0, min(edge, (selected?.detail.edgeCount ?? 0) - 1))
    clusters.reveal(count: catalog.clusters.count, height: visibleRows(.clusters))
    records.reveal(count: selectedCluster?.count ?? 0, height: visibleRows(.records))
    revealSelectedEdge()
  }

  private mutating func toggleRawJSON() {
    guard selected != nil else {
      message = StatusMessage("No record selected")
      return
    }
    showsRawJSON.toggle()
    jsonScroll = 0
    refreshJSON()
  }
}

extension Int {
  /// `self + delta` without overflowing (Home and End move by huge amounts).
  func addingClamped(_ delta: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(delta)
    return overflow ? (delta > 0 ? Int.max : Int.min) : sum
  }
}
