import AtlasModel

/// The problems list (`!`), over the panes: one row per diagnostic, `severity
/// file:line:column message`, errors and warnings in their own roles; the highlighted one
/// goes to its record on Enter. Rows cut long messages, so the bottom of the frame shows
/// the highlighted problem in full, wrapped, below a rule.
public enum DiagnosticsOverlay {
  /// Nearly the whole screen above the status line, with a cell of margin around, so
  /// long messages have the room they need.
  public static func frame(in layout: ScreenLayout) -> Rect {
    let size = layout.size
    return Rect(x: 2, y: 1, width: size.width - 4, height: size.height - 1 - 2)
  }

  /// The rows of the list inside the frame: all of it less the full-text area.
  public static func listArea(in layout: ScreenLayout) -> Rect {
    let inside = insideArea(in: layout)
    return Rect(x: inside.x, y: inside.y, width: inside.width, height: inside.height - detailHeight(inside))
  }

  static func insideArea(in layout: ScreenLayout) -> Rect {
    let frame = frame(in: layout)
    return Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
  }

  /// Rows for the highlighted problem in full (a rule and up to four lines of text), when
  /// the frame is tall enough to keep at least three list rows beside them.
  static func detailHeight(_ inside: Rect) -> Int {
    inside.height >= 8 ? min(5, inside.height - 3) : 0
  }

  public static func draw(_ state: AppState, on canvas: inout Canvas) {
    let diagnostics = state.catalog.diagnostics
    let title = "Problems (\(diagnostics.count.grouped)) · Enter: go to its record · Esc: close"
    let whole = canvas.box(frame(in: state.layout), title: title, focused: true)
    canvas.fill(whole, role: .normal)
    guard whole.width > 2 else { return }
    let inside = listArea(in: state.layout)
    var position = state.diagnosticsList
    position.reveal(count: diagnostics.count, height: inside.height)
    let labelWidth = diagnostics.contains { $0.severity == .warning } ? 7 : 5
    if diagnostics.indices.contains(position.selected) {
      drawDetail(diagnostics[position.selected], below: inside, within: whole, on: &canvas)
    }
    for row in 0..<inside.height {
      let index = position.scroll + row
      guard diagnostics.indices.contains(index) else { break }
      let y = inside.y + row
      let rowRole = canvas.selectionRow(y, in: inside, selected: index == position.selected, focused: true)
      let clip = Rect(x: inside.x + 1, y: y, width: inside.width - 2, height: 1)
      canvas.put(spans(diagnostics[index], labelWidth: labelWidth), at: Point(x: clip.x, y: y), clip: clip, override: rowRole)
    }
  }

  /// The highlighted problem in full: a rule, then its location and message wrapped to
  /// the frame's width (cut with … if even that does not fit).
  static func drawDetail(_ diagnostic: Diagnostic, below list: Rect, within whole: Rect, on canvas: inout Canvas) {
    let area = Rect(x: whole.x + 1, y: list.maxY, width: whole.width - 2, height: whole.maxY - list.maxY)
    guard area.height >= 2, area.width > 0 else { return }
    canvas.put(String(repeating: "─", count: area.width), at: Point(x: area.x, y: area.y), role: .border, clip: area)
    let role: ThemeRole = diagnostic.severity == .error ? .diagnosticError : .diagnosticWarning
    let lines = TextWrap.words(diagnostic.description, width: area.width)
    let room = area.height - 1
    for (i, line) in lines.prefix(room).enumerated() {
      let y = area.y + 1 + i
      let cut = i == room - 1 && lines.count > room
      canvas.put(
        cut ? line + " …" : line, at: Point(x: area.x, y: y), role: role,
        clip: Rect(x: area.x, y: y, width: area.width, height: 1))
    }
  }

  /// `error    lifecycle/runs/a.yaml:3:5  message` (the label padded so locations line up).
  static func spans(_ diagnostic: Diagnostic, labelWidth: Int) -> [Span] {
    let role: ThemeRole = diagnostic.severity == .error ? .diagnosticError : .diagnosticWarning
    let label = diagnostic.severity.rawValue
    let pad = String(repeating: " ", count: max(0, labelWidth - label.count) + 2)
    return [
      Span(label, role), Span(pad), Span(diagnostic.location.description), Span("  "),
      Span(diagnostic.message, role),
    ]
  }
}
