/// The selected record's JSON, exactly as `RecordPayload.text(of:in:)` prints it,
/// coloured by token. Long lines wrap (a value is never hidden behind an ellipsis here:
/// this is the view for reading values whole); scrolling is by JSON line.
public enum RawJSONPane {
  /// Where the text goes inside the pane's frame: a column of margin on each side, as
  /// the record view has.
  public static func textArea(in content: Rect) -> Rect {
    Rect(x: content.x + 1, y: content.y, width: content.width - 2, height: content.height)
  }

  public static func draw(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
    guard let lines = state.selected?.jsonLines else {
      canvas.put("No record selected", at: Point(x: area.x, y: area.y), role: .normal, clip: area)
      return
    }
    var y = area.y
    var index = max(0, state.jsonScroll)
    while y < area.maxY && index < lines.count {
      for row in TextWrap.wrap(JSONHighlighter.spans(lines[index]), width: area.width) {
        guard y < area.maxY else { break }
        canvas.put(row, at: Point(x: area.x, y: y), clip: area)
        y += 1
      }
      index += 1
    }
  }

  /// The top line that shows the end of the JSON at the bottom of a pane `height` rows
  /// high: the furthest it makes sense to scroll. Walks back from the end only as far as
  /// one screen, so a huge record costs no more than a small one.
  public static func lastPageStart(_ lines: [String], width: Int, height: Int) -> Int {
    var rows = 0
    var index = lines.count
    while index > 0 {
      let needed = TextWrap.wrap([Span(lines[index - 1])], width: max(1, width)).count
      if rows + needed > max(1, height) { break }
      rows += needed
      index -= 1
    }
    return min(index, max(0, lines.count - 1))
  }
}
