/// The bottom line: the catalog's path and counts, then the transient message or, after
/// following edges, the trail back (`current ‹ previous ‹ …`), and the key hints on the
/// right (`! problems` when there are any, `? help`). When the line is short, the path
/// goes first, then the counts, so a message or the trail keeps room to be read.
/// While the filter is open, the line is its prompt instead.
public enum StatusBar {
  static let separator = " │ "
  static let separatorWidth = SafeText.width(of: separator)

  public static func draw(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
    canvas.fill(area, role: .status)
    if let session = state.filter {
      drawPrompt(session, in: area, on: &canvas)
      return
    }
    let hints = self.hints(state, width: area.width)
    let hintsWidth = hints.utf8.count  // ASCII
    canvas.put(hints, at: Point(x: area.maxX - hintsWidth, y: area.y), role: .status, clip: area)
    let left = Rect(x: area.x + 1, y: area.y, width: area.width - 2 - hintsWidth, height: 1)
    guard left.width > 0 else { return }

    var tail: Span?
    if let message = state.message {
      tail = Span(message.text, message.kind == .error ? .messageError : .messageInfo)
    } else if let trail = trail(state) {
      tail = Span(trail, .statusTrail)
    }
    let summaryText = summary(state)
    let summaryWidth = SafeText.width(of: summaryText, upTo: left.width)
    // A message or trail is what the user needs now: the path goes first, then the
    // counts, before any of it is cut.
    let tailRoom = tail.map { SafeText.width(of: $0.text, upTo: left.width) + separatorWidth } ?? 0
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

  /// The keys worth knowing from here, on the right: `! problems` while browsing a
  /// catalog with problems, `? help` always (when the line has room for them).
  static func hints(_ state: AppState, width: Int) -> String {
    guard width >= 40 else { return "" }
    let problems = state.phase == .browsing && !state.catalog.diagnostics.isEmpty && width >= 60
    return problems ? "! problems  ? help " : "? help "
  }

  /// `/query█`, then the match keys on the right. A long query shows its end, where
  /// the typing is.
  static func drawPrompt(_ session: FilterSession, in area: Rect, on canvas: inout Canvas) {
    let hints = area.width >= 60 ? "↑↓ choose · Enter go · Esc cancel " : ""
    let hintsWidth = SafeText.width(of: hints)
    canvas.put(hints, at: Point(x: area.maxX - hintsWidth, y: area.y), role: .status, clip: area)
    let left = Rect(x: area.x + 1, y: area.y, width: area.width - 2 - hintsWidth, height: 1)
    guard left.width > 2 else { return }
    var x = left.x + canvas.put("/", at: Point(x: left.x, y: area.y), role: .status, clip: left)
    let query = TextWrap.tail(session.query, width: left.maxX - x - 1)
    x += canvas.put(query, at: Point(x: x, y: area.y), role: .status, clip: left)
    canvas.put(" ", at: Point(x: x, y: area.y), role: .selection, clip: left)  // the cursor
  }

  /// `6 records · 2 clusters · ⚠ 2 problems`; the counts so far while loading.
  static func summary(_ state: AppState) -> String {
    switch state.phase {
    case .loading(let progress): return progress.counts
    case .failed: return "not loaded"
    case .browsing: break
    }
    let catalog = state.catalog
    var parts = [counted(catalog.records.count, "record"), counted(catalog.clusters.count, "cluster")]
    if !catalog.diagnostics.isEmpty { parts.append("⚠ " + counted(catalog.diagnostics.count, "problem")) }
    return parts.joined(separator: " · ")
  }

  /// Where Back leads, newest first, starting from the record shown; nil before any jump.
  static func trail(_ state: AppState) -> String? {
    guard !state.history.back.isEmpty, let current = state.selectedRecord?.id else { return nil }
    return ([current] + state.history.back.reversed().map(\.recordID)).joined(separator: " ‹ ")
  }

  private static func counted(_ n: Int, _ noun: String) -> String {
    "\(n.grouped) \(noun)\(n == 1 ? "" : "s")"
  }
}
