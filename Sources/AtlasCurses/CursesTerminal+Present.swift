import AtlasTUI
import CNcurses

extension CursesTerminal {
  /// Draws `frame`, sending only the runs of cells that differ from `previous`, then
  /// updates the screen once (`wnoutrefresh` + `doupdate`). The window is erased only when
  /// there is no usable previous frame (the first frame, after a resize or a continue), so
  /// a key press never blanks the screen and nothing flickers.
  public func present(_ frame: Canvas, previous: Canvas?) {
    guard !isClosed else { return }
    let usablePrevious = previous.flatMap { $0.size == frame.size ? $0 : nil }
    if usablePrevious == nil { werase(window) }
    let rows = min(frame.size.height, Int(getmaxy(window)))
    let columns = min(frame.size.width, Int(getmaxx(window)))
    for row in 0..<max(rows, 0) {
      for run in ChangedRuns.runs(row: row, frame: frame, previous: usablePrevious) {
        draw(run.clamped(to: 0..<max(columns, 0)), row: row, of: frame, columns: columns)
      }
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Writes one run of cells with a single `mvwadd_wchnstr`. Continuation cells are skipped
  /// (curses fills them itself when it places the wide character before them).
  private func draw(_ run: Range<Int>, row: Int, of frame: Canvas, columns: Int) {
    guard !run.isEmpty else { return }
    var line: [cchar_t] = []
    line.reserveCapacity(run.count)
    var x = run.lowerBound
    while x < run.upperBound {
      var cell = frame[x, row]
      if cell.isContinuation {
        // Only reached when its lead is outside the run or missing: show a blank.
        cell = Cell(text: " ", width: 1, role: cell.role)
      } else if cell.width > 1, x + 1 >= columns {
        // A wide character in the last column has no room; curses would drop the run.
        cell = Cell(text: " ", width: 1, role: cell.role)
      }
      let look = look(for: cell.role)
      for glyph in GlyphEncoder.glyphs(for: cell) {
        var stored = cchar_t()
        glyph.withUnsafeBufferPointer { text in
          _ = setcchar(&stored, text.baseAddress, look.attributes, look.pair, nil)
        }
        line.append(stored)
      }
      x += cell.width > 1 ? 2 : 1
    }
    _ = mvwadd_wchnstr(window, Int32(row), Int32(run.lowerBound), line, Int32(line.count))
  }

  /// The curses attributes and colour pair for a role under the current theme.
  func look(for role: ThemeRole) -> (attributes: attr_t, pair: Int16) {
    if let known = looks[role] { return known }
    let style = theme.style(for: role)
    var attributes = atlas_a_normal()
    for attribute in style.attributes {
      switch attribute {
      case .bold: attributes |= atlas_a_bold()
      case .dim: attributes |= atlas_a_dim()
      case .reverse: attributes |= atlas_a_reverse()
      case .underline: attributes |= atlas_a_underline()
      case .standout: attributes |= atlas_a_standout()
      }
    }
    let pair = colorPairs.pair(foreground: style.foreground, background: style.background)
    looks[role] = (attributes, pair)
    return (attributes, pair)
  }

  /// The characters curses holds for `row`, for tests: read back with `mvwinnwstr`, so
  /// a wide character appears once, not once per column.
  public func text(ofRow row: Int) -> String {
    guard !isClosed, row >= 0, row < Int(getmaxy(window)) else { return "" }
    let capacity = Int(getmaxx(window)) * Int(CCHARW_MAX) + 1
    var buffer = [wchar_t](repeating: 0, count: capacity)
    let count = mvwinnwstr(window, Int32(row), 0, &buffer, Int32(capacity - 1))
    guard count > 0 else { return "" }
    var result = String.UnicodeScalarView()
    for code in buffer.prefix(Int(count)) {
      guard code != 0 else { break }
      result.append(Unicode.Scalar(UInt32(bitPattern: code)) ?? "\u{FFFD}")
    }
    return String(result)
  }
}
