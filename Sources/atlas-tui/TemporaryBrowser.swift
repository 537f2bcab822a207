// TEMPORARY (remove at merge): a minimal loop so the curses backend can be tested end to
// end before the tui branch's Runner/AppState land. The lead replaces the call in
// main.swift with `Runner(terminal:state:…).run()` and deletes this file.
import AtlasModel
import AtlasTUI

struct TemporaryBrowser {
  let catalog: Catalog
  var selected = 0

  /// Runs until `q`; resizes and continues repaint in full.
  mutating func run<T: Terminal>(on terminal: T) {
    var previous: Canvas?
    while true {
      let size = terminal.size
      let frame = ScreenSizeCheck.isTooSmall(size) ? ScreenSizeCheck.tooSmallFrame(size) : render(size)
      terminal.present(frame, previous: previous)
      previous = frame
      switch terminal.nextEvent(timeout: nil) {
      case .key(.character("q"))?:
        return
      case .key(.down)?, .key(.character("j"))?:
        selected = min(selected + 1, max(catalog.clusters.count - 1, 0))
      case .key(.up)?, .key(.character("k"))?:
        selected = max(selected - 1, 0)
      case .resize?:
        previous = nil
      default:
        break
      }
    }
  }

  func render(_ size: Size) -> Canvas {
    var canvas = Canvas(size: size)
    let title = "atlas-tui: \(catalog.records.count) records in \(catalog.clusters.count) clusters"
    canvas.fill(row: 0, role: .paneTitle)
    canvas.write(title, at: Point(x: 1, y: 0), role: .paneTitle)
    for (offset, cluster) in catalog.clusters.enumerated() where offset + 1 < size.height - 1 {
      let role: ThemeRole = offset == selected ? .selection : .normal
      if offset == selected { canvas.fill(row: offset + 1, role: .selection) }
      canvas.write(cluster.name, at: Point(x: 2, y: offset + 1), role: role)
      canvas.write("\(cluster.count)", at: Point(x: 30, y: offset + 1), role: role)
    }
    canvas.fill(row: size.height - 1, role: .status)
    canvas.write("j/k move  q quit", at: Point(x: 1, y: size.height - 1), role: .status)
    return canvas
  }
}

extension Canvas {
  fileprivate mutating func fill(row: Int, role: ThemeRole) {
    for x in 0..<size.width { self[x, row] = Cell(text: " ", width: 1, role: role) }
  }

  /// Crude stand-in for the tui branch's text drawing: printable ASCII as is, anything
  /// else as `?`, so no data ever reaches the terminal unescaped.
  fileprivate mutating func write(_ text: String, at point: Point, role: ThemeRole) {
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      let shown = (0x20..<0x7F).contains(scalar.value) ? String(scalar) : "?"
      self[point.x + offset, point.y] = Cell(text: shown, width: 1, role: role)
    }
  }
}
