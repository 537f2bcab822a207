/// A typed link between two records, as declared (outgoing) or as seen from its target
/// (incoming). `attributes` is nil when the edge was written without an `attributes`
/// key: the payload then omits the key, as the atlas UI does.
public struct Edge: Hashable, Sendable {
  public var from: String
  public var to: String
  public var kind: String
  public var attributes: Value?
  /// Where the edge was declared in its source file (line, column), when known. Not part
  /// of the edge's identity: two edges are equal when their payloads are.
  public var position: SourcePosition?

  public init(
    from: String, to: String, kind: String, attributes: Value? = nil, position: SourcePosition? = nil
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.attributes = attributes
    self.position = position
  }

  public static func == (a: Edge, b: Edge) -> Bool {
    a.from == b.from && a.to == b.to && a.kind == b.kind && a.attributes == b.attributes
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(from)
    hasher.combine(to)
    hasher.combine(kind)
    hasher.combine(attributes)
  }

  /// Edges are the same link when they join the same records with the same kind.
  func sameLink(as other: Edge) -> Bool {
    from == other.from && to == other.to && kind == other.kind
  }
}
