/// The filter prompt (`/`): typing narrows a list of matches over every record; the
/// highlighted match is previewed in the panes; Enter goes there (a history step, like
/// following an edge), Esc goes back to where the browser was.
extension AppState {
  /// Where the browser was when the filter opened, for Esc.
  struct SavedPlace: Sendable {
    var focus: Pane
    var clusters: ListPosition
    var records: ListPosition
    var detail: ListPosition
    var jsonScroll: Int
    var entry: History.Entry?
  }

  /// Builds the search index now rather than on the first `/` (e.g. right after loading,
  /// while nobody is typing).
  public mutating func prepareSearch() {
    if searchIndex == nil { searchIndex = SearchIndex(catalog: catalog) }
  }

  var savedPlace: SavedPlace {
    SavedPlace(
      focus: focus, clusters: clusters, records: records, detail: detail, jsonScroll: jsonScroll,
      entry: currentEntry)
  }

  mutating func startFilter(query: String) {
    prepareSearch()
    filter = FilterSession(saved: savedPlace)
    focus = .records
    updateFilter(query)
  }

  mutating func applyInFilter(_ action: Action) {
    guard let session = filter else { return }
    switch action {
    case .filter(let query): updateFilter(query)
    case .moveUp: moveMatch(by: -1)
    case .moveDown: moveMatch(by: 1)
    case .pageUp: moveMatch(by: -max(1, visibleRows(.records) - 1))
    case .pageDown: moveMatch(by: max(1, visibleRows(.records) - 1))
    case .moveToTop: moveMatch(by: Int.min / 2)
    case .moveToBottom: moveMatch(by: Int.max / 2)
    case .open: acceptMatch()
    case .back:
      if session.query.isEmpty { cancelFilter() } else { updateFilter(String(session.query.dropLast())) }
    case .closeOverlay: cancelFilter()
    default: break
    }
  }

  private mutating func updateFilter(_ query: String) {
    guard var session = filter, let index = searchIndex else { return }
    session.update(query: query, index: index)
    filter = session
    previewHighlightedMatch()
  }

  private mutating func moveMatch(by delta: Int) {
    guard var session = filter else { return }
    let old = session.list.selected
    session.list.move(by: delta, count: session.matchCount, height: visibleRows(.records))
    filter = session
    if session.list.selected != old { previewHighlightedMatch() }
  }

  /// Shows the highlighted match in the panes (its cluster, row and record) without
  /// making a history step: nothing is decided until Enter.
  private mutating func previewHighlightedMatch() {
    guard let session = filter, let index = session.match(at: session.list.selected),
      let place = locate(recordIndex: index)
    else { return }
    guard selectedRecordIndex != index else { return }
    clusters.selected = place.cluster
    records.selected = place.row
    selectionChanged(resetRecords: false)
  }

  private mutating func acceptMatch() {
    guard let session = filter else { return }
    guard let index = session.match(at: session.list.selected) else {
      message = StatusMessage("No record matches “\(session.query)”")
      return
    }
    filter = nil
    if let before = session.saved.entry { history.leave(before) }
    go(to: index, selectingEdge: 0)
  }

  private mutating func cancelFilter() {
    guard let saved = filter?.saved else { return }
    filter = nil
    focus = saved.focus
    clusters = saved.clusters
    records = saved.records
    refreshSelection()
    refreshJSON()  // before the scroll is put back: a new record's JSON starts at the top
    detail = saved.detail
    jsonScroll = saved.jsonScroll
  }
}
