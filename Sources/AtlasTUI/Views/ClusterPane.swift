/// The left pane: one row per cluster, its name and, right-aligned, how many records it
/// holds.
public enum ClusterPane {
  public static func draw(_ state: AppState, in frame: Rect, on canvas: inout Canvas) {
    let focused = state.focus == .clusters
    let area = canvas.box(frame, title: "Clusters (\(state.catalog.clusters.count))", focused: focused)
    let clusters = state.catalog.clusters
    guard !clusters.isEmpty else {
      canvas.put(state.loading == nil ? "No records" : "Loading…", at: Point(x: area.x + 1, y: area.y), role: .normal, clip: area)
      return
    }
    var position = state.clusters
    position.reveal(count: clusters.count, height: area.height)
    for row in 0..<area.height {
      let index = position.scroll + row
      guard index < clusters.count else { break }
      let cluster = clusters[index]
      let y = area.y + row
      let rowRole = canvas.selectionRow(y, in: area, selected: index == position.selected, focused: focused)
      let count = String(cluster.count)
      let countWidth = count.utf8.count  // ASCII digits: bytes are columns
      let countX = area.maxX - 1 - countWidth
      let nameClip = Rect(x: area.x + 1, y: y, width: max(0, countX - 1 - (area.x + 1)), height: 1)
      canvas.put(cluster.name, at: Point(x: area.x + 1, y: y), role: rowRole ?? .normal, clip: nameClip)
      canvas.put(count, at: Point(x: countX, y: y), role: rowRole ?? .clusterCount, clip: area)
    }
  }
}
