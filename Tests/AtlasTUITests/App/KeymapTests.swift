import Testing
import TestSupport

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

  @Test("No key is bound to two actions in a table, and every action has a key and a description")
  func tableIsConsistent() {
    for table in [Action.table, Action.filterTable] {
      let keys = table.flatMap(\.keys)
      #expect(Set(keys).count == keys.count)
      #expect(table.allSatisfy { !$0.keys.isEmpty && !$0.description.isEmpty })
    }
    #expect(Set(Action.table.map(\.action)) == Set(Action.allCases))
    // The prompt's table may also set the query outright (Ctrl-U: `.filter("")`), an
    // action with a value that `allCases` cannot list.
    let promptActions = Action.filterTable.map(\.action).filter {
      if case .filter = $0 { return false }
      return true
    }
    #expect(Set(promptActions).isSubset(of: Set(Action.allCases)))
  }

  @Test("In the filter prompt, its table's keys act and every other printable character is typed")
  func filterKeys() {
    var s = AppState(catalog: TestCatalogs.grid(clusters: 1, perCluster: 3))
    _ = s.apply(.filter("ab"))
    for entry in Action.filterTable {
      for key in entry.keys { #expect(Keymap.standard.action(for: key, in: s) == entry.action, "\(key)") }
    }
    for c in "qjk/?!J[] é中" {
      #expect(Keymap.standard.action(for: .character(c), in: s) == .filter("ab" + String(c)), "\(c)")
    }
    #expect(Keymap.standard.action(for: .character("\u{1B}"), in: s) == nil)
    #expect(Keymap.standard.action(for: .tab, in: s) == nil)
    #expect(Keymap.standard.action(for: .function(5), in: s) == nil)
  }

  @Test("The help lists the filter prompt's keys under their own heading")
  func helpListsFilterKeys() {
    let text = HelpOverlay.lines.map { $0.map(\.text).joined() }
    let heading = text.firstIndex { $0.hasPrefix("While finding") } ?? -1
    #expect(heading > Action.table.count - 1)
    #expect(text.count == Action.table.count + 2 + Action.filterTable.count)
    #expect(text.contains { $0.hasPrefix("/") && $0.hasSuffix("Find a record by id or name") })
    #expect(text.contains { $0.hasPrefix("!") && $0.hasSuffix("List the catalog's problems") })
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
