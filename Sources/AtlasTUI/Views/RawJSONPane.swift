/// The selected record's JSON, exactly as `RecordPayload.text(of:in:)` prints it,
/// coloured by token. Long lines wrap (a value is never hidden behind an ellipsis here:
/// this is the view for reading values whole); scrolling is by screen row, so a value of
/// any length can be read through. Only the rows on screen are cut out and coloured.
public enum RawJSONPane {
  /// Where the text goes inside the pane's frame: a column of margin on each side, as
  /// the record view has.
  public static func textArea(in content: Rect) -> Rect {
    Rect(x: content.x + 1, y: content.y, width: content.width - 2, height: content.height)
  }

  public static func draw(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
    guard var json = state.json else {
      canvas.put("No record selected", at: Point(x: area.x, y: area.y), role: .normal, clip: area)
      return
    }
    var top = max(0, state.jsonScroll)
    if json.layout.width != max(1, area.width) {
      // Drawn into an area other than the state's own (a test, a dump): lay out for it.
      top = json.relayout(width: area.width, keeping: top)
    }
    for offset in 0..<area.height {
      guard let spans = json.spans(ofRow: top + offset) else { break }
      canvas.put(spans, at: Point(x: area.x, y: area.y + offset), clip: area)
    }
  }
}
