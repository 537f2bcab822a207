/// A typed link between two records, as declared (outgoing) or as seen from its target
/// (incoming). `attributes` is nil when the edge was written without an `attributes`
/// key: the payload then omits the key, as the atlas UI does.
public struct Edge: Hashable, Sendable {
  public var from: String
  public var to: String
  public var kind: String
  public var attributes: Value? {
    get { packedAttributes?.value }
    set { packedAttributes = newValue.map(PackedValue.init) }
  }
  /// `attributes`, stored packed (see `PackedValue`).
  public private(set) var packedAttributes: PackedValue?
  /// Where the edge was declared in its source file (line, column), when known. Not part
  /// of the edge's identity: two edges are equal when their payloads are.
  public var position: SourcePosition?

  public init(
    from: String, to: String, kind: String, attributes: Value? = nil, position: SourcePosition? = nil
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.packedAttributes = attributes.map(PackedValue.init)
    self.position = position
  }

  public static func == (a: Edge, b: Edge) -> Bool {
    a.from == b.from && a.to == b.to && a.kind == b.kind && a.packedAttributes == b.packedAttributes
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(from)
    hasher.combine(to)
    hasher.combine(kind)
    hasher.combine(packedAttributes)
  }

  /// Edges are the same link when they join the same records with the same kind.
  func sameLink(as other: Edge) -> Bool {
    from == other.from && to == other.to && kind == other.kind
  }
}
