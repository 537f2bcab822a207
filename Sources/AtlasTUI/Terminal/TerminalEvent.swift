/// What a terminal reports to the event loop.
public enum TerminalEvent: Hashable, Sendable {
  case key(KeyEvent)
  /// The terminal changed size; the next frame must be drawn in full at this size.
  case resize(Size)
}
