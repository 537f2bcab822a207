/// The right pane: the selected record's header, attributes and edges (`RecordDetail`),
/// or its raw JSON when that view is on. Edge rows are the selectable ones.
public enum RecordPane {
  public static func draw(_ state: AppState, in frame: Rect, on canvas: inout Canvas) {
    let focused = state.focus == .detail
    // The title names the record, so it stays in view when the header scrolls away.
    let kind = state.showsRawJSON ? "Record JSON" : "Record"
    let title = state.selectedRecord.map { "\(kind) · \($0.id)" } ?? kind
    let area = canvas.box(frame, title: title, focused: focused)
    guard area.width > 0, area.height > 0 else { return }
    if state.showsRawJSON {
      RawJSONPane.draw(state, in: RawJSONPane.textArea(in: area), on: &canvas)
      return
    }
    guard let detail = state.selected?.detail else {
      canvas.put(state.loading == nil ? "No record selected" : "Loading…", at: Point(x: area.x + 1, y: area.y), role: .normal, clip: area)
      return
    }
    let selectedRow = detail.edgeRows.indices.contains(state.detail.selected) ? detail.edgeRows[state.detail.selected] : nil
    let scroll = max(0, min(state.detail.scroll, max(0, detail.rows.count - area.height)))
    for offset in 0..<area.height {
      let index = scroll + offset
      guard index < detail.rows.count else { break }
      let y = area.y + offset
      let rowRole = canvas.selectionRow(y, in: area, selected: index == selectedRow, focused: focused)
      let clip = Rect(x: area.x + 1, y: y, width: area.width - 2, height: 1)
      canvas.put(detail.rows[index].spans, at: Point(x: clip.x, y: y), clip: clip, override: rowRole)
    }
  }
}
