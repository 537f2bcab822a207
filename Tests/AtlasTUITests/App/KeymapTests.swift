import Testing

@testable import AtlasTUI

struct KeymapTests {
  @Test("Every key in the action table maps to its action")
  func tableKeys() {
    for entry in Action.table {
      for key in entry.keys {
        #expect(Keymap.standard.action(for: key) == entry.action, "\(key)")
      }
    }
  }

  @Test("No key is bound to two actions, and every action has a key and a description")
  func tableIsConsistent() {
    let keys = Action.table.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
    #expect(Set(Action.table.map(\.action)) == Set(Action.allCases))
    #expect(Action.table.allSatisfy { !$0.keys.isEmpty && !$0.description.isEmpty })
  }

  @Test("The documented keys: vi keys and arrows, Tab, Enter, back and forward, J, ?, Esc, q")
  func documentedKeys() {
    let expected: [(KeyEvent, Action)] = [
      (.character("j"), .moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
      (.character("h"), .focusLeft), (.left, .focusLeft), (.character("l"), .focusRight), (.right, .focusRight),
      (.tab, .focusNext), (.backTab, .focusPrevious), (.pageUp, .pageUp), (.pageDown, .pageDown),
      (.character("g"), .moveToTop), (.home, .moveToTop), (.character("G"), .moveToBottom), (.end, .moveToBottom),
      (.enter, .open), (.backspace, .back), (.character("["), .back), (.character("]"), .forward),
      (.character("J"), .toggleRawJSON), (.character("?"), .toggleHelp), (.escape, .closeOverlay),
      (.character("q"), .quit),
    ]
    for (key, action) in expected {
      #expect(Keymap.standard.action(for: key) == action, "\(key)")
    }
  }

  @Test("Unbound keys map to nothing")
  func unbound() {
    #expect(Keymap.standard.action(for: .character("x")) == nil)
    #expect(Keymap.standard.action(for: .function(12)) == nil)
  }

  @Test("A custom table makes a custom keymap")
  func custom() {
    let keymap = Keymap(table: [Action.Binding(action: .quit, keys: [.character("x")], description: "Quit")])
    #expect(keymap.action(for: .character("x")) == .quit)
    #expect(keymap.action(for: .character("q")) == nil)
  }
}
