/// Everything a key can ask for (tig's request enum). The reducer gives each its meaning
/// in the focused pane; `Action.table` gives each its default keys and its help line.
public enum Action: Hashable, Sendable, CaseIterable {
  case moveUp, moveDown
  case pageUp, pageDown
  case moveToTop, moveToBottom
  case focusLeft, focusRight
  case focusNext, focusPrevious
  /// Enter: opens the selection; on an edge, goes to the record at its other end.
  case open
  case back, forward
  case toggleRawJSON
  case toggleHelp
  /// Esc: closes the help, then the JSON view, then the message.
  case closeOverlay
  /// Ctrl-L: draws the whole screen again, for when other output garbled it.
  case repaint
  case quit
}
