/// The bottom line: the catalog's path and counts, then the transient message or, after
/// following edges, the trail back (`current ‹ previous ‹ …`), and `? help` on the right.
/// When the line is short, the path goes first, then the counts, so a message or the
/// trail keeps room to be read.
public enum StatusBar {
  static let help = "? help "
  static let separator = " │ "
  static let separatorWidth = SafeText.width(of: separator)

  public static func draw(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
    canvas.fill(area, role: .status)
    let helpWidth = help.utf8.count  // ASCII
    let showsHelpHint = area.width >= 40
    if showsHelpHint {
      canvas.put(help, at: Point(x: area.maxX - helpWidth, y: area.y), role: .status, clip: area)
    }
    let left = Rect(x: area.x + 1, y: area.y, width: area.width - 2 - (showsHelpHint ? helpWidth : 0), height: 1)
    guard left.width > 0 else { return }

    var tail: Span?
    if let message = state.message {
      tail = Span(message.text, message.kind == .error ? .messageError : .messageInfo)
    } else if let trail = trail(state) {
      tail = Span(trail, .statusTrail)
    }
    let summaryText = summary(state)
    let summaryWidth = SafeText.width(of: summaryText)
    let tailRoom = tail.map { min(SafeText.width(of: $0.text, upTo: 24), 24) + separatorWidth } ?? 0
    let path = state.catalog.root
    let pathWidth = min(SafeText.width(of: path, upTo: left.width), max(10, left.width / 4))
    let showsPath = pathWidth + separatorWidth + summaryWidth + tailRoom <= left.width || tail == nil
    let showsSummary = summaryWidth + tailRoom <= left.width || tail == nil

    var spans: [Span] = []
    if showsPath { spans.append(Span(TextWrap.tail(path, width: pathWidth), .status)) }
    if showsSummary { spans.append(Span(summaryText, .status)) }
    if let tail { spans.append(tail) }
    var x = left.x
    for (i, span) in spans.enumerated() {
      if i > 0 { x += canvas.put(separator, at: Point(x: x, y: area.y), role: .status, clip: left) }
      x += canvas.put(span.text, at: Point(x: x, y: area.y), role: span.role, clip: left)
    }
  }

  /// `6 records · 2 clusters · 1 diagnostic`, or the loading progress while loading.
  static func summary(_ state: AppState) -> String {
    if let loading = state.loading {
      let percent = loading.fraction.map { " \(Int(($0 * 100).rounded()))%" } ?? ""
      return loading.text + percent
    }
    let catalog = state.catalog
    return [
      counted(catalog.records.count, "record"), counted(catalog.clusters.count, "cluster"),
      counted(catalog.diagnostics.count, "diagnostic"),
    ].joined(separator: " · ")
  }

  /// Where Back leads, newest first, starting from the record shown; nil before any jump.
  static func trail(_ state: AppState) -> String? {
    guard !state.history.back.isEmpty, let current = state.selectedRecord?.id else { return nil }
    return ([current] + state.history.back.reversed().map(\.recordID)).joined(separator: " ‹ ")
  }

  private static func counted(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }
}
