import AtlasTUI
import Testing

@testable import AtlasCurses

/// The one test that runs real ncurses (NOTES P10): headless, on /dev/null, with an
/// explicit terminal type so it needs neither a TTY nor TERM. Serialized because curses
/// and the locale are process-wide state.
@Suite(.serialized)
struct CursesScreenTests {
  static let theme = Theme(
    name: "test",
    styles: [
      .normal: .plain,
      .selection: Style(foreground: .index(196), background: .index(21), attributes: [.reverse]),
      .paneTitle: Style(attributes: [.bold, .underline]),
    ])

  @Test func presentedCanvasReadsBackWithWideCharactersInPlace() throws {
    let terminal = try CursesTerminal(
      device: .headless(terminalType: "xterm-256color"), theme: Self.theme)
    defer { terminal.close() }
    #expect(terminal.isUTF8)
    #expect(terminal.size == Size(width: 80, height: 24))

    var frame = Canvas(size: terminal.size)
    write([("a", 1), ("b", 1), ("c", 1)], row: 0, at: 0, role: .paneTitle, on: &frame)
    write([("中", 2), ("文", 2), ("x", 1)], row: 1, at: 2, role: .normal, on: &frame)
    write([("😀", 2), ("!", 1), ("e\u{301}", 1)], row: 2, at: 0, role: .selection, on: &frame)
    // A wide character in the last column cannot fit and must not break the row.
    write([("z", 1)], row: 3, at: 0, role: .normal, on: &frame)
    write([("中", 2)], row: 3, at: 79, role: .normal, on: &frame)
    terminal.present(frame, previous: nil)

    #expect(terminal.text(ofRow: 0).trimmingTrailingSpaces == "abc")
    #expect(terminal.text(ofRow: 1).trimmingTrailingSpaces == "  中文x")
    #expect(terminal.text(ofRow: 2).trimmingTrailingSpaces == "😀!e\u{301}")
    #expect(terminal.text(ofRow: 3).trimmingTrailingSpaces == "z")
    #expect(terminal.supportsColor)

    // A second frame sent as a diff: the changed cells move, the rest stays.
    var next = frame
    write([("中", 2)], row: 0, at: 1, role: .normal, on: &next)
    write([("y", 1), ("y", 1)], row: 1, at: 2, role: .normal, on: &next)
    terminal.present(next, previous: frame)
    #expect(terminal.text(ofRow: 0).trimmingTrailingSpaces == "a中")
    #expect(terminal.text(ofRow: 1).trimmingTrailingSpaces == "  yy文x")
    #expect(terminal.text(ofRow: 2).trimmingTrailingSpaces == "😀!e\u{301}")

    terminal.close()
    terminal.close()  // idempotent
    #expect(terminal.text(ofRow: 0) == "")
  }

  @Test func waitingOnInputThatHasEndedReturnsInsteadOfSpinning() throws {
    // Headless input is /dev/null: every read hits end of file at once.
    let terminal = try CursesTerminal(
      device: .headless(terminalType: "xterm-256color"), theme: Self.theme)
    defer { terminal.close() }
    let clock = ContinuousClock()
    let waited = clock.measure {
      #expect(terminal.nextEvent(timeout: nil) == .inputEnded)
    }
    #expect(waited < .seconds(2))
    // With a timeout too (the loop polls while loading): ended, not "nothing yet".
    #expect(terminal.nextEvent(timeout: 10_000) == .inputEnded)
  }

  @Test func unknownTerminalTypeIsAnErrorNotACrash() {
    #expect(throws: CursesError.unusableTerminalType("no-such-terminal-xyz")) {
      _ = try CursesTerminal(
        device: .headless(terminalType: "no-such-terminal-xyz"), theme: Self.theme)
    }
    #expect(throws: CursesError.unusableTerminalType("dumb")) {
      _ = try CursesTerminal(device: .headless(terminalType: "dumb"), theme: Self.theme)
    }
  }

  @Test func glyphsKeepCursesColumnsInStepWithTheCanvas() {
    UTF8Locale.activate()
    #expect(GlyphEncoder.glyphs(for: Cell(text: "a", width: 1, role: .normal)) == [[0x61, 0]])
    #expect(GlyphEncoder.glyphs(for: Cell(text: "中", width: 2, role: .normal)) == [[0x4E2D, 0]])
    // Canvas says wide, libc says narrow: draw it and pad so later cells stay put.
    #expect(
      GlyphEncoder.glyphs(for: Cell(text: "a", width: 2, role: .normal)) == [
        [0x61, 0], [0x20, 0],
      ])
    // Canvas says narrow, libc says wide: it cannot fit.
    #expect(GlyphEncoder.glyphs(for: Cell(text: "中", width: 1, role: .normal)) == [[0xFFFD, 0]])
    // Control characters never reach the terminal raw.
    #expect(
      GlyphEncoder.glyphs(for: Cell(text: "\u{1B}", width: 1, role: .normal)) == [[0xFFFD, 0]])
    // A lone combining mark sits on a blank.
    #expect(
      GlyphEncoder.glyphs(for: Cell(text: "\u{301}", width: 1, role: .normal)) == [
        [0x20, 0x301, 0]
      ])
    // A ZWJ family keeps its first person only: curses holds one spacing character per cell.
    #expect(
      GlyphEncoder.glyphs(for: Cell(text: "👨‍👩‍👧", width: 2, role: .normal)) == [[0x1F468, 0]])
    #expect(GlyphEncoder.glyphs(for: Cell(text: "", width: 1, role: .normal)) == [[0x20, 0]])
  }

  /// Puts `glyphs` (text, width) on `row` from column `x`, adding continuation cells.
  private func write(
    _ glyphs: [(String, UInt8)], row: Int, at x: Int, role: ThemeRole, on canvas: inout Canvas
  ) {
    var column = x
    for (text, width) in glyphs {
      canvas[column, row] = Cell(text: text, width: width, role: role)
      if width == 2 { canvas[column + 1, row] = Cell(text: "", width: 0, role: role) }
      column += Int(width)
    }
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
