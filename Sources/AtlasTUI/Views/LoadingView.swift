/// The panes' place before there is a catalog: the loading progress centred (with a bar
/// once the number of files is known), or why loading failed and that `q` quits.
public enum LoadingView {
  public static func draw(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
    guard area.width > 0, area.height > 0 else { return }
    var lines: [(String, ThemeRole)] = []
    switch state.phase {
    case .loading(let progress):
      lines = TextWrap.words(progress.text, width: area.width - 2).map { ($0, .normal) }
      if let fraction = progress.fraction {
        lines.append(("", .normal))
        lines.append((bar(fraction, width: min(40, area.width - 2)), .headerLabel))
      }
    case .failed(let reason):
      lines = TextWrap.words("Could not load \(state.catalog.root)", width: area.width - 2).map { ($0, .normal) }
      lines.append(("", .normal))
      lines += TextWrap.words(reason, width: area.width - 2).map { ($0, .messageError) }
      lines.append(("", .normal))
      lines.append(("Press q to quit.", .normal))
    case .browsing:
      return
    }
    let shown = lines.prefix(area.height)
    let top = area.y + (area.height - shown.count) / 2
    for (offset, line) in shown.enumerated() {
      let width = SafeText.width(of: line.0, upTo: area.width)
      let x = area.x + max(0, (area.width - width) / 2)
      canvas.put(line.0, at: Point(x: x, y: top + offset), role: line.1, clip: area)
    }
  }

  /// `██████░░░░` for a fraction done.
  static func bar(_ fraction: Double, width: Int) -> String {
    guard width > 0 else { return "" }
    let done = max(0, min(width, Int((fraction * Double(width)).rounded(.down))))
    return String(repeating: "█", count: done) + String(repeating: "░", count: width - done)
  }
}
