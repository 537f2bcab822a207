/// A parsed document node that remembers where it was written. Both readers (YAML via
/// libyaml, JSON via `JSONReader`) produce nodes, so turning documents into records and
/// reporting problems at `file:line:column` is one piece of code for both formats.
public struct Node: Sendable {
  public enum Content: Sendable {
    /// A scalar already resolved to its value (YAML 1.2 core schema, or JSON's own types).
    case scalar(Value)
    case sequence([Node])
    case mapping([Pair])
  }

  public struct Pair: Sendable {
    public var key: Node
    public var value: Node
    public init(key: Node, value: Node) {
      self.key = key
      self.value = value
    }
  }

  public var content: Content
  /// Line and column (1-based) where the node starts.
  public var line: Int
  public var column: Int

  public init(_ content: Content, line: Int, column: Int) {
    self.content = content
    self.line = line
    self.column = column
  }
}
