/// The middle pane: the records of the selected cluster, one per row, as columns of id,
/// display name and, when the pane is wide, kind. The id matters most; the name comes
/// next because the kind mostly repeats the id's prefix (`run-attempt:` is a RunAttempt).
/// Column widths follow the rows on screen (capped so later columns keep room), which
/// keeps drawing cheap in clusters of any size.
public enum RecordListPane {
  public static func draw(_ state: AppState, in frame: Rect, on canvas: inout Canvas) {
    let focused = state.focus == .records
    let cluster = state.selectedCluster
    let title = cluster.map { "\($0.name) (\($0.count))" } ?? "Records"
    let area = canvas.box(frame, title: title, focused: focused)
    guard let cluster, area.width > 0 else { return }
    var position = state.records
    position.reveal(count: cluster.count, height: area.height)
    let visible = (0..<area.height).map { position.scroll + $0 }.filter { $0 < cluster.count }
    let shown = visible.map { state.catalog.records[cluster.recordIndices[$0]] }

    let inner = area.width - 2  // one column of margin each side
    let withKinds = inner >= 64
    let longestID = shown.map { SafeText.width(of: $0.id, upTo: inner) }.max() ?? 0
    let longestKind = shown.map { SafeText.width(of: $0.kind, upTo: inner) }.max() ?? 0
    // The id gets up to three fifths (half when kinds show too), or more if the name
    // still keeps 12 columns; the kind up to a fifth; the name the rest.
    let idShare = withKinds ? inner / 2 : inner * 3 / 5
    let idWidth = min(longestID, max(8, idShare, inner - kindShare(withKinds, inner) - 14))
    let kindWidth = min(longestKind, kindShare(withKinds, inner))

    for (row, index) in visible.enumerated() {
      let record = shown[row]
      let y = area.y + row
      let rowRole = canvas.selectionRow(y, in: area, selected: index == position.selected, focused: focused)
      let rowClip = Rect(x: area.x + 1, y: y, width: inner, height: 1)
      var x = area.x + 1
      canvas.put(record.id, at: Point(x: x, y: y), role: rowRole ?? .normal, clip: Rect(x: x, y: y, width: idWidth, height: 1))
      x += idWidth + 2
      if withKinds, x < rowClip.maxX {
        canvas.put(record.kind, at: Point(x: x, y: y), role: rowRole ?? .recordKind,
          clip: Rect(x: x, y: y, width: min(kindWidth, rowClip.maxX - x), height: 1))
        x += kindWidth + 2
      }
      guard x < rowClip.maxX else { continue }
      canvas.put(record.displayName, at: Point(x: x, y: y), role: rowRole ?? .normal, clip: Rect(x: x, y: y, width: rowClip.maxX - x, height: 1))
    }
  }

  static func kindShare(_ withKinds: Bool, _ inner: Int) -> Int {
    withKinds ? inner / 5 + 2 : 0
  }
}
