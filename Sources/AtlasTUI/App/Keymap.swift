/// Turns key presses into actions. Built from `Action.table`, so every documented key
/// works and every working key is documented.
public struct Keymap: Sendable {
  public private(set) var bindings: [KeyEvent: Action]

  public init(table: [Action.Binding] = Action.table) {
    var bindings: [KeyEvent: Action] = [:]
    for entry in table {
      for key in entry.keys where bindings[key] == nil {
        bindings[key] = entry.action
      }
    }
    self.bindings = bindings
  }

  public static let standard = Keymap()

  public func action(for key: KeyEvent) -> Action? {
    bindings[key]
  }
}
