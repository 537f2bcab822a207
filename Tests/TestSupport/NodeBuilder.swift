import AtlasModel

/// Builds parsed YAML `Node`s by hand, with the line and column each would have had in a
/// file, so loaders can be tested (error locations included) without the YAML reader.
public enum N {
  public static func str(_ s: String, _ line: Int = 1, _ column: Int = 1) -> Node {
    Node(.scalar(.string(s)), line: line, column: column)
  }

  public static func num(_ d: Double, _ line: Int = 1, _ column: Int = 1) -> Node {
    Node(.scalar(.number(d)), line: line, column: column)
  }

  public static func seq(_ items: [Node], _ line: Int = 1, _ column: Int = 1) -> Node {
    Node(.sequence(items), line: line, column: column)
  }

  /// A mapping of (key, value) nodes, each with its own position.
  public static func map(_ pairs: [(Node, Node)], _ line: Int = 1, _ column: Int = 1) -> Node {
    Node(.mapping(pairs.map { Node.Pair(key: $0.0, value: $0.1) }), line: line, column: column)
  }
}
