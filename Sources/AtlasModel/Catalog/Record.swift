/// One catalog record (a node of the atlas graph).
public struct Record: Sendable {
  public var id: String
  /// The kind name, e.g. `Run`: `_kind` when the record names it, else derived from the
  /// id's prefix (`KindName.fromPrefix`).
  public var kind: String
  /// `_file`: the path of the YAML file the record was written in, relative to the
  /// catalog root. For normalized JSON this is the `_file` the payload declares.
  public var file: String
  /// `_cluster`: the first folder of `file`.
  public var cluster: String
  /// The attributes in the order written. Stored packed (`CompactMembers`) and decoded
  /// on each read, so read them once per use, not per character.
  public var attributes: [Value.Member] {
    get { packedAttributes.members }
    set { packedAttributes = CompactMembers(newValue) }
  }
  public private(set) var packedAttributes: CompactMembers
  /// A human name for lists: `displayName`, else `name`, else `title`, else empty. Read
  /// from the packed attributes each time (the keys come first in the buffer and the
  /// name is usually the first key), rather than kept as a second copy per record.
  public var displayName: String { Record.displayName(in: packedAttributes) }
  public var outgoing: [Edge]
  /// Incoming edges a normalized-JSON payload carried. Records read from YAML have none;
  /// their incoming edges are computed by the catalog.
  public var declaredIncoming: [Edge]
  /// Where the record was actually read (the real file, for diagnostics and the header).
  public var location: SourceLocation

  public init(
    id: String, kind: String, file: String, cluster: String,
    attributes: [Value.Member] = [], outgoing: [Edge] = [], declaredIncoming: [Edge] = [],
    location: SourceLocation
  ) {
    self.init(
      id: id, kind: kind, file: file, cluster: cluster, packedAttributes: CompactMembers(attributes),
      outgoing: outgoing, declaredIncoming: declaredIncoming, location: location)
  }

  /// A record whose attributes are already packed (the loader's path).
  init(
    id: String, kind: String, file: String, cluster: String, packedAttributes: CompactMembers,
    outgoing: [Edge], declaredIncoming: [Edge], location: SourceLocation
  ) {
    self.id = id
    self.kind = kind
    self.file = file
    self.cluster = cluster
    self.packedAttributes = packedAttributes
    self.outgoing = outgoing
    self.declaredIncoming = declaredIncoming
    self.location = location
  }

  /// The part of the id before the first `:` (`run` for `run:01kqex-...`).
  public var prefix: Substring {
    id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
  }

  static func displayName(in attributes: CompactMembers) -> String {
    for key in ["displayName", "name", "title"] {
      if case .string(let s)? = attributes.value(forKey: key) { return s }
    }
    return ""
  }

  public func attribute(_ key: String) -> Value? {
    packedAttributes.value(forKey: key)
  }
}
