/// Keeping selections on screen: every size here comes from `ScreenLayout`, the same
/// layout the views draw with.
extension AppState {
  public var layout: ScreenLayout { ScreenLayout(size: screenSize, clusterCount: catalog.clusters.count) }

  /// Rows visible inside a pane (at least 1, so paging always moves).
  func visibleRows(_ pane: Pane) -> Int { max(1, layout.content(of: pane).height) }

  var detailRowCount: Int { selected?.detail.rows.count ?? 0 }

  var maxDetailScroll: Int { max(0, detailRowCount - visibleRows(.detail)) }

  /// The JSON view's text area at this screen size.
  var jsonArea: Rect { RawJSONPane.textArea(in: layout.content(of: .detail)) }

  /// The last page shows the last row at the bottom.
  var maxJSONScroll: Int {
    guard let json else { return 0 }
    return max(0, json.layout.rows.count - max(1, jsonArea.height))
  }

  var maxHelpScroll: Int {
    let frame = HelpOverlay.frame(in: layout)
    return max(0, HelpOverlay.lines.count - max(1, frame.height - 2))
  }

  mutating func keepSelectionsVisible() {
    refreshJSON()
    clusters.reveal(count: catalog.clusters.count, height: visibleRows(.clusters))
    records.reveal(count: selectedCluster?.count ?? 0, height: visibleRows(.records))
    detail.selected = max(0, min(detail.selected, (selected?.detail.edgeCount ?? 0) - 1))
    detail.scroll = max(0, min(detail.scroll, maxDetailScroll))
    jsonScroll = max(0, min(jsonScroll, maxJSONScroll))
    helpScroll = max(0, min(helpScroll, maxHelpScroll))
    if var session = filter {
      session.list.reveal(count: session.matchCount, height: visibleRows(.records))
      filter = session
    }
    diagnosticsList.reveal(count: catalog.diagnostics.count, height: visibleDiagnosticRows)
  }

  /// Keeps `json` for the JSON view: made when the view shows a record it is not for,
  /// laid out again (keeping the top row's text on top) when the width changed. Closing
  /// the view keeps it while the same record stays selected, so J J J costs one layout;
  /// selecting another record drops it.
  mutating func refreshJSON() {
    guard let index = selected?.index else {
      json = nil
      return
    }
    guard showsRawJSON else {
      if json?.recordIndex != index { json = nil }
      return
    }
    let width = max(1, jsonArea.width)
    if json?.recordIndex != index {
      json = RecordJSON(recordIndex: index, catalog: catalog, width: width)
      jsonScroll = 0
    } else if json?.layout.width != width {
      jsonScroll = json?.relayout(width: width, keeping: jsonScroll) ?? 0
    }
  }

  /// Scrolls the record pane just enough to show the selected edge row.
  mutating func revealSelectedEdge() {
    guard let rows = selected?.detail.edgeRows, rows.indices.contains(detail.selected) else { return }
    let row = rows[detail.selected]
    let height = visibleRows(.detail)
    if row < detail.scroll { detail.scroll = row }
    if row >= detail.scroll + height { detail.scroll = row - height + 1 }
    detail.scroll = max(0, min(detail.scroll, maxDetailScroll))
  }
}
