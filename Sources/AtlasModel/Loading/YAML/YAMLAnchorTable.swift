/// The anchors of one YAML document, each with what an alias to it would cost.
///
/// Storing the expanded size and height next to the node is what lets an alias bomb be
/// refused before it is built: an alias adds `size` nodes and `height` nesting levels,
/// known without walking (or copying) the anchored subtree.
struct YAMLAnchorTable {
  struct Entry {
    var node: Node
    /// Nodes in the fully expanded subtree, the root included.
    var size: Int
    /// Collection nesting levels in the subtree: 0 for a scalar, 1 for `[a]`.
    var height: Int
  }

  private var entries: [String: Entry] = [:]
  /// Anchors on collections still being built, with how many are open: an alias to one
  /// of them would be a cycle, which no JSON-like value can hold.
  private var open: [String: Int] = [:]

  /// Anchors do not carry from one document to the next (YAML 1.2, 3.2.2.2).
  mutating func removeAll() {
    entries.removeAll(keepingCapacity: true)
    open.removeAll(keepingCapacity: true)
  }

  /// A later anchor of the same name replaces the earlier one for aliases that follow.
  mutating func define(_ name: String, _ entry: Entry) {
    entries[name] = entry
  }

  mutating func opened(_ name: String) {
    open[name, default: 0] += 1
  }

  mutating func closed(_ name: String) {
    if let n = open[name], n > 1 { open[name] = n - 1 } else { open[name] = nil }
  }

  func isOpen(_ name: String) -> Bool { open[name] != nil }

  subscript(name: String) -> Entry? { entries[name] }
}
