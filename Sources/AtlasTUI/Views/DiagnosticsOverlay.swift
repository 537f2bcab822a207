import AtlasModel

/// The problems list (`!`), over the panes: one row per diagnostic, `severity
/// file:line:column message`, errors and warnings in their own roles; the highlighted one
/// goes to its record on Enter.
public enum DiagnosticsOverlay {
  /// Nearly the whole screen above the status line, with a cell of margin around, so
  /// long messages have the room they need.
  public static func frame(in layout: ScreenLayout) -> Rect {
    let size = layout.size
    return Rect(x: 2, y: 1, width: size.width - 4, height: size.height - 1 - 2)
  }

  /// The rows inside the frame.
  public static func listArea(in layout: ScreenLayout) -> Rect {
    let frame = frame(in: layout)
    return Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
  }

  public static func draw(_ state: AppState, on canvas: inout Canvas) {
    let diagnostics = state.catalog.diagnostics
    let title = "Problems (\(diagnostics.count.grouped)) · Enter: go to its record · Esc: close"
    let inside = canvas.box(frame(in: state.layout), title: title, focused: true)
    canvas.fill(inside, role: .normal)
    guard inside.width > 2 else { return }
    var position = state.diagnosticsList
    position.reveal(count: diagnostics.count, height: inside.height)
    let labelWidth = diagnostics.contains { $0.severity == .warning } ? 7 : 5
    for row in 0..<inside.height {
      let index = position.scroll + row
      guard diagnostics.indices.contains(index) else { break }
      let y = inside.y + row
      let rowRole = canvas.selectionRow(y, in: inside, selected: index == position.selected, focused: true)
      let clip = Rect(x: inside.x + 1, y: y, width: inside.width - 2, height: 1)
      canvas.put(spans(diagnostics[index], labelWidth: labelWidth), at: Point(x: clip.x, y: y), clip: clip, override: rowRole)
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
