/// Everything a key can ask for (tig's request enum). The reducer gives each its meaning
/// in the focused pane or the open overlay; `Action.table` and `Action.filterTable` give
/// each its keys and its help line.
public enum Action: Hashable, Sendable {
  case moveUp, moveDown
  case pageUp, pageDown
  case moveToTop, moveToBottom
  case focusLeft, focusRight
  case focusNext, focusPrevious
  /// Enter: opens the selection; on an edge, goes to the record at its other end; in the
  /// filter, selects the highlighted match; in the problems list, goes to its record.
  case open
  /// Back in the history; while filtering, deletes the query's last character.
  case back
  case forward
  case toggleRawJSON
  case toggleHelp
  /// `!`: opens or closes the list of the catalog's problems (its diagnostics).
  case toggleDiagnostics
  /// `/`: starts filtering all records by id and name.
  case startFilter
  /// Sets the filter's query (what typing in the filter prompt produces); starts
  /// filtering if it is not on. Benchmarks drive the filter keystroke by keystroke with it.
  case filter(String)
  /// Esc: closes the help, the problems list or the JSON view, or cancels the filter.
  case closeOverlay
  /// Ctrl-L: draws the whole screen again, for when other output garbled it.
  case repaint
  case quit
}

extension Action: CaseIterable {
  /// Every action without a payload (`filter(_:)` carries the query typed).
  public static let allCases: [Action] = [
    .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom, .focusLeft, .focusRight,
    .focusNext, .focusPrevious, .open, .back, .forward, .toggleRawJSON, .toggleHelp,
    .toggleDiagnostics, .startFilter, .closeOverlay, .repaint, .quit,
  ]
}
