extension CompactMembers {
  /// Packs attributes straight from parsed nodes, without building `Value`s first (the
  /// loader's hot path). Gives the same result as packing `Node.value`s: a mapping that
  /// repeats a key takes the rarer, slower path through `Node.value`, whose rule for
  /// repeated keys is the one defined.
  init(nodes: [(key: String, node: Node)]) {
    var out: [UInt8] = []
    for (key, node) in nodes {
      Self.appendString(key, to: &out)
      Self.append(node, to: &out)
    }
    self.init(packed: out, count: nodes.count)
  }

  static func append(_ node: Node, to out: inout [UInt8]) {
    switch node.content {
    case .scalar(let value):
      append(value, to: &out)
    case .sequence(let items):
      out.append(Tag.array.rawValue)
      appendVarint(items.count, to: &out)
      for item in items { append(item, to: &out) }
    case .mapping(let pairs):
      let keys = pairs.map(\.key.keyString)
      guard !hasRepeats(keys) else {
        append(node.value, to: &out)
        return
      }
      out.append(Tag.object.rawValue)
      appendVarint(pairs.count, to: &out)
      for (key, pair) in zip(keys, pairs) {
        appendString(key, to: &out)
        append(pair.value, to: &out)
      }
    }
  }

  static func hasRepeats(_ keys: [String]) -> Bool {
    if keys.count <= 16 {
      for i in keys.indices where keys[(i + 1)...].contains(keys[i]) { return true }
      return false
    }
    return Set(keys).count != keys.count
  }
}
