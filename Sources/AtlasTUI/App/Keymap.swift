/// Turns key presses into actions. Built from `Action.table` and `Action.filterTable`, so
/// every documented key works and every working key is documented.
public struct Keymap: Sendable {
  public private(set) var bindings: [KeyEvent: Action]
  /// The keys that act while the filter prompt is open; other characters are typed.
  public private(set) var filterBindings: [KeyEvent: Action]

  public init(table: [Action.Binding] = Action.table, filterTable: [Action.Binding] = Action.filterTable) {
    bindings = Self.map(table)
    filterBindings = Self.map(filterTable)
  }

  public static let standard = Keymap()

  /// The action of a key while browsing (and in the help and problems overlays).
  public func action(for key: KeyEvent) -> Action? {
    bindings[key]
  }

  /// The action of a key in `state`: while the filter prompt is open, a printable
  /// character extends the query instead of acting as a command.
  public func action(for key: KeyEvent, in state: AppState) -> Action? {
    guard let filter = state.filter else { return action(for: key) }
    if let bound = filterBindings[key] { return bound }
    if case .character(let c) = key, !c.unicodeScalars.contains(where: SafeText.needsEscape) {
      return .filter(filter.query + String(c))
    }
    return nil
  }

  private static func map(_ table: [Action.Binding]) -> [KeyEvent: Action] {
    var bindings: [KeyEvent: Action] = [:]
    for entry in table {
      for key in entry.keys where bindings[key] == nil {
        bindings[key] = entry.action
      }
    }
    return bindings
  }
}
