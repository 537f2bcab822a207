/// A key press, decoded from whatever the terminal sent. Printable keys arrive as
/// `.character`; everything with a name gets a case of its own.
public enum KeyEvent: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, tab, backTab, backspace, delete, escape
  /// Ctrl plus a letter, given as the lowercase letter (Ctrl-C is `.control("c")`).
  case control(Character)
  case function(Int)
}
