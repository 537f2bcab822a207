import AtlasTUI
import CNcurses

extension CursesTerminal {
  /// Draws `frame`, sending only the runs of cells that differ from `previous`
  /// (`FrameDiff`), then updates the screen once (`wnoutrefresh` + `doupdate`). Without a
  /// usable previous frame (the first, after a resize, a continue or a repaint request)
  /// the window is erased and curses told to repaint the real screen from scratch, which
  /// also clears whatever another program scribbled there. Otherwise nothing is cleared, so
  /// a key press never blanks the screen and nothing flickers.
  public func present(_ frame: Canvas, previous: Canvas?) {
    guard !isClosed else { return }
    let usablePrevious = previous.flatMap { $0.size == frame.size ? $0 : nil }
    if usablePrevious == nil {
      werase(window)
      clearok(window, true)
    }
    // A frame drawn for a size the window no longer has is clipped, never written outside.
    let rows = Int(getmaxy(window))
    let columns = Int(getmaxx(window))
    for run in FrameDiff.runs(from: usablePrevious, to: frame) where run.y < rows && run.x < columns
    {
      draw(run.cells, row: run.y, column: run.x, columns: columns)
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Writes one run of cells with a single `mvwadd_wchnstr`. Continuation cells are skipped
  /// (curses fills them itself when it places the wide character before them).
  private func draw(_ cells: [Cell], row: Int, column start: Int, columns: Int) {
    var line: [cchar_t] = []
    line.reserveCapacity(cells.count)
    var index = 0
    while index < cells.count, start + index < columns {
      var cell = cells[index]
      let x = start + index
      if cell.isContinuation {
        // Only reached when its lead is not in the run (a malformed frame): a blank.
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
      index += cell.width > 1 ? 2 : 1
    }
    guard !line.isEmpty else { return }
    _ = mvwadd_wchnstr(window, Int32(row), Int32(start), line, Int32(line.count))
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
