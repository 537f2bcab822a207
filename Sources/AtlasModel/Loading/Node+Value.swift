extension Node {
  /// The plain value of this node, as the atlas UI would hold it after parsing.
  /// Mapping keys become strings the way JavaScript would turn them into property
  /// names. A key written twice keeps its first value, as records do (DECISIONS.md:
  /// "Duplicate keys and ids keep the first"), so `parse` shows what the loader keeps.
  public var value: Value {
    switch content {
    case .scalar(let v):
      return v
    case .sequence(let items):
      return .array(items.map(\.value))
    case .mapping(let pairs):
      var members: [Value.Member] = []
      members.reserveCapacity(pairs.count)
      // Most mappings are small: a linear search beats building a dictionary for each.
      let useIndex = pairs.count > 16
      var positions: [String: Int] = [:]
      for pair in pairs {
        let key = pair.key.keyString
        let existing = useIndex ? positions[key] : members.firstIndex(where: { $0.key == key })
        if existing == nil {
          if useIndex { positions[key] = members.count }
          members.append(Value.Member(key, pair.value.value))
        }
      }
      return .object(members)
    }
  }

  /// The text of this node used as an object key.
  public var keyString: String {
    switch content {
    case .scalar(let v):
      switch v {
      case .string(let s): return s
      case .null: return "null"
      case .bool(let b): return b ? "true" : "false"
      case .number(let d): return JSNumberFormat.string(d)
      default: return ""
      }
    default:
      // A collection as a key: JavaScript would say "[object Object]"; the JSON text
      // is more useful to a reader and still deterministic.
      return JSONText.compact(value)
    }
  }
}
