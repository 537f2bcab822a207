/// The seam between the front end and a real screen. The event loop renders state into
/// a `Canvas` and hands it here; `CursesTerminal` (AtlasCurses) draws it with ncurses,
/// `MemoryTerminal` keeps it for tests.
public protocol Terminal: AnyObject {
  /// The current size in cells.
  var size: Size { get }

  /// Shows `frame`. `previous` is the frame shown before (nil after a resize or on the
  /// first frame), so an implementation may send only what changed.
  func present(_ frame: Canvas, previous: Canvas?)

  /// Waits for the next event, up to `timeout` milliseconds (nil waits indefinitely).
  /// Returns nil when the time ran out with nothing to report.
  func nextEvent(timeout: Int?) -> TerminalEvent?

  /// Gives the screen back to the user as it was before we started.
  func close()
}
