/// The tables of actions, keys and descriptions. The keymap is built from them and the
/// help overlay is drawn from them, so the help can never disagree with the keys.
extension Action {
  public struct Binding: Hashable, Sendable {
    public var action: Action
    public var keys: [KeyEvent]
    public var description: String
  }

  /// Keys while browsing (and, with the meaning each overlay gives them, in the help and
  /// the problems list).
  public static let table: [Binding] = [
    Binding(action: .moveUp, keys: [.up, .character("k")], description: "Move up"),
    Binding(action: .moveDown, keys: [.down, .character("j")], description: "Move down"),
    Binding(action: .pageUp, keys: [.pageUp, .control("b")], description: "Page up"),
    Binding(action: .pageDown, keys: [.pageDown, .control("f")], description: "Page down"),
    Binding(action: .moveToTop, keys: [.character("g"), .home], description: "Go to the first row"),
    Binding(action: .moveToBottom, keys: [.character("G"), .end], description: "Go to the last row"),
    Binding(action: .focusLeft, keys: [.left, .character("h")], description: "Focus the pane to the left"),
    Binding(action: .focusRight, keys: [.right, .character("l")], description: "Focus the pane to the right"),
    Binding(action: .focusNext, keys: [.tab], description: "Focus the next pane"),
    Binding(action: .focusPrevious, keys: [.backTab], description: "Focus the previous pane"),
    Binding(action: .open, keys: [.enter], description: "Open; on an edge, go to its record"),
    Binding(action: .back, keys: [.backspace, .character("[")], description: "Go back"),
    Binding(action: .forward, keys: [.character("]")], description: "Go forward"),
    Binding(action: .startFilter, keys: [.character("/")], description: "Find a record by id or name"),
    Binding(action: .toggleRawJSON, keys: [.character("J")], description: "Show or hide the record's JSON"),
    Binding(action: .toggleDiagnostics, keys: [.character("!")], description: "List the catalog's problems"),
    Binding(action: .toggleHelp, keys: [.character("?"), .function(1)], description: "Show or hide this help"),
    Binding(action: .closeOverlay, keys: [.escape], description: "Close help, problems or JSON view"),
    Binding(action: .repaint, keys: [.control("l")], description: "Redraw the screen"),
    Binding(action: .quit, keys: [.character("q"), .control("c")], description: "Quit (^C: at once, status 130)"),
  ]

  /// Keys while the filter prompt is open. Every other character is typed into the query.
  public static let filterTable: [Binding] = [
    Binding(action: .moveUp, keys: [.up], description: "Previous match"),
    Binding(action: .moveDown, keys: [.down], description: "Next match"),
    Binding(action: .pageUp, keys: [.pageUp], description: "Page up the matches"),
    Binding(action: .pageDown, keys: [.pageDown], description: "Page down the matches"),
    Binding(action: .moveToTop, keys: [.home], description: "First match"),
    Binding(action: .moveToBottom, keys: [.end], description: "Last match"),
    Binding(action: .open, keys: [.enter], description: "Go to the highlighted match"),
    Binding(action: .back, keys: [.backspace], description: "Delete a character (none left: cancel)"),
    Binding(action: .filter(""), keys: [.control("u")], description: "Clear the query"),
    Binding(action: .closeOverlay, keys: [.escape], description: "Cancel, back to where you were"),
    Binding(action: .repaint, keys: [.control("l")], description: "Redraw the screen"),
    Binding(action: .quit, keys: [.control("c")], description: "Quit at once"),
  ]
}
