/// The one table of actions, default keys and descriptions. The keymap is built from it
/// and the help overlay is drawn from it, so the help can never disagree with the keys.
extension Action {
  public struct Binding: Hashable, Sendable {
    public var action: Action
    public var keys: [KeyEvent]
    public var description: String
  }

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
    Binding(action: .toggleRawJSON, keys: [.character("J")], description: "Show or hide the record's JSON"),
    Binding(action: .toggleHelp, keys: [.character("?"), .function(1)], description: "Show or hide this help"),
    Binding(action: .closeOverlay, keys: [.escape], description: "Close help or JSON view"),
    Binding(action: .repaint, keys: [.control("l")], description: "Redraw the screen"),
    Binding(action: .quit, keys: [.character("q"), .control("c")], description: "Quit"),
  ]
}
