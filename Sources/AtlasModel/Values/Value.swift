/// A JSON-shaped value as the atlas sees it: what a YAML or JSON file holds once parsed,
/// with object keys kept in the order they were written.
///
/// Numbers are IEEE doubles on purpose: the atlas UI is JavaScript, so a record prints
/// exactly as `JSON.stringify` would print the same data (see `JSNumberFormat`).
public enum Value: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([Value])
  case object([Member])

  /// One key of an object. Objects are arrays of members, not dictionaries, because
  /// the payload must print keys in the order the author wrote them.
  public struct Member: Hashable, Sendable {
    public var key: String
    public var value: Value

    public init(_ key: String, _ value: Value) {
      self.key = key
      self.value = value
    }
  }

  /// The first member named `key`, for objects; nil otherwise.
  public subscript(key: String) -> Value? {
    guard case .object(let members) = self else { return nil }
    return members.first(where: { $0.key == key })?.value
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
}
