/// The help box, drawn over the panes from `Action.table` and `Action.filterTable`: the
/// keys of each action and what it does. Generated, so it lists exactly the keys the
/// keymap knows.
public enum HelpOverlay {
  /// One line per action: its key names, then its description; then the filter's keys
  /// under a heading of their own.
  public static let lines: [[Span]] = {
    let keyTexts = (Action.table + Action.filterTable).map { $0.keys.map(\.name).joined(separator: " ") }
    let keyWidth = keyTexts.map { SafeText.width(of: $0) }.max() ?? 0
    func line(_ entry: Action.Binding) -> [Span] {
      let keys = entry.keys.map(\.name).joined(separator: " ")
      let pad = String(repeating: " ", count: keyWidth - SafeText.width(of: keys) + 2)
      return [Span(keys, .helpKey), Span(pad + entry.description, .help)]
    }
    return Action.table.map(line) + [[], [Span("While finding (/), type to narrow the matches:", .headerLabel)]]
      + Action.filterTable.map(line)
  }()

  static let width: Int = lines.map { $0.reduce(0) { $0 + SafeText.width(of: $1.text) } }.max() ?? 0

  public static func frame(in layout: ScreenLayout) -> Rect {
    layout.helpFrame(rows: lines.count, columns: width)
  }

  public static func draw(_ state: AppState, on canvas: inout Canvas) {
    let frame = Self.frame(in: state.layout)
    let inside = canvas.box(frame, title: "Help (Esc or q closes)", focused: true)
    canvas.fill(inside, role: .help)
    let area = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 1, height: inside.height)
    for (offset, line) in lines.dropFirst(max(0, state.helpScroll)).prefix(area.height).enumerated() {
      canvas.put(line, at: Point(x: area.x, y: area.y + offset), clip: area)
    }
  }
}
