/// The list of matches while the filter prompt is open, in place of the records pane and
/// widened over the record pane (`ScreenLayout.filterList`): the matches from every
/// cluster, best first, as columns of id, cluster and (when there is room) display name,
/// with the query's occurrences marked. Only the rows on screen are looked at.
public enum FilterListPane {
  public static func title(_ session: FilterSession) -> String {
    switch session.matchCount {
    case 0: return "Find: no matches"
    case 1: return "Find: 1 match"
    default: return "Find: \(session.matchCount.grouped) matches"
    }
  }

  public static func draw(_ state: AppState, session: FilterSession, in frame: Rect, on canvas: inout Canvas) {
    canvas.fill(frame, role: .normal)  // it is drawn over other panes
    let area = canvas.box(frame, title: title(session), focused: true)
    guard area.width > 2, area.height > 0 else { return }
    guard session.matchCount > 0 else {
      canvas.put("No record id or name contains this", at: Point(x: area.x + 1, y: area.y), role: .normal, clip: area)
      return
    }
    var position = session.list
    position.reveal(count: session.matchCount, height: area.height)
    let records = state.catalog.records
    let visible = (0..<area.height).map { position.scroll + $0 }.filter { $0 < session.matchCount }
    let shown = visible.compactMap { session.match(at: $0) }.filter { records.indices.contains($0) }.map { records[$0] }

    let inner = area.width - 2
    let withNames = inner >= 56
    let longestID = shown.map { SafeText.width(of: $0.id, upTo: inner) }.max() ?? 0
    let longestCluster = shown.map { SafeText.width(of: $0.cluster, upTo: inner) }.max() ?? 0
    let idWidth: Int
    let clusterWidth: Int
    if withNames {
      idWidth = min(longestID, max(8, inner * 11 / 20))
      clusterWidth = min(longestCluster, inner / 5)
    } else {
      idWidth = min(longestID, max(8, inner - min(longestCluster, inner / 4) - 2))
      clusterWidth = min(longestCluster, max(0, inner - idWidth - 2))
    }
    let query = session.foldedQuery

    for (row, record) in shown.enumerated() {
      let y = area.y + row
      let rowRole = canvas.selectionRow(y, in: area, selected: visible[row] == position.selected, focused: true)
      let rowClip = Rect(x: area.x + 1, y: y, width: inner, height: 1)
      var x = rowClip.x
      let id = MatchHighlight.spans(record.id, query: query, limit: idWidth, role: rowRole ?? .normal)
      canvas.put(id, at: Point(x: x, y: y), clip: Rect(x: x, y: y, width: idWidth, height: 1))
      x += idWidth + 2
      guard x < rowClip.maxX else { continue }
      canvas.put(record.cluster, at: Point(x: x, y: y), role: rowRole ?? .recordKind,
        clip: Rect(x: x, y: y, width: min(clusterWidth, rowClip.maxX - x), height: 1))
      x += clusterWidth + 2
      guard withNames, x < rowClip.maxX else { continue }
      let name = MatchHighlight.spans(record.displayName, query: query, limit: rowClip.maxX - x, role: rowRole ?? .normal)
      canvas.put(name, at: Point(x: x, y: y), clip: rowClip)
    }
  }
}
