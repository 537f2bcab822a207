import AtlasTUI
import CNcurses

/// Turns what `wget_wch` returned into an event (NOTES P8). `get_wch` reports a named key
/// as `KEY_CODE_YES` plus a `KEY_*` code, and anything typed as `OK` plus a Unicode scalar,
/// where control keys arrive as their ASCII codes. Keys the browser has no use for (mouse
/// reports, keypad corners, C1 controls) decode to nil and are dropped.
enum CursesKeys {
  /// `status` is `wget_wch`'s return value, `code` what it stored; `size` is asked only for
  /// a resize, when curses has already resized its screen.
  static func event(status: Int32, code: UInt32, size: () -> Size) -> TerminalEvent? {
    switch status {
    case KEY_CODE_YES:
      if Int32(truncatingIfNeeded: code) == KEY_RESIZE { return .resize(size()) }
      return namedKey(Int32(truncatingIfNeeded: code)).map(TerminalEvent.key)
    case OK:
      return typedKey(code).map(TerminalEvent.key)
    default:
      return nil
    }
  }

  static func namedKey(_ code: Int32) -> KeyEvent? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    // KEY_F(n) is a function-like macro Swift cannot import (NOTES P3).
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  static func typedKey(_ code: UInt32) -> KeyEvent? {
    switch code {
    case 8, 127: return .backspace  // ^H and DEL: terminals disagree on which Backspace sends
    case 9: return .tab
    case 10, 13: return .enter  // nonl() keeps CR as CR; some terminals send LF
    case 27: return .escape
    case 1...26:
      // Ctrl-A … Ctrl-Z arrive as 1 … 26; name them by their lowercase letter.
      guard let letter = Unicode.Scalar(code + 0x60) else { return nil }
      return .control(Character(letter))
    case 0..<32, 0x80..<0xA0:
      return nil  // other C0 controls (Ctrl-@, Ctrl-\ …) and C1 controls mean nothing here
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }  // surrogates, > U+10FFFF
      return .character(Character(scalar))
    }
  }
}
