/// What a terminal reports to the event loop.
public enum TerminalEvent: Hashable, Sendable {
  case key(KeyEvent)
  /// The terminal changed size; the next frame must be drawn in full at this size.
  case resize(Size)
  /// Input has ended for good (the terminal went away): the loop must stop, even while
  /// it is polling with a timeout, when a nil would only mean "nothing yet".
  case inputEnded
}
