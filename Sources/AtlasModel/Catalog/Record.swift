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
  public var attributes: [Value.Member]
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
    self.id = id
    self.kind = kind
    self.file = file
    self.cluster = cluster
    self.attributes = attributes
    self.outgoing = outgoing
    self.declaredIncoming = declaredIncoming
    self.location = location
  }

  /// The part of the id before the first `:` (`run` for `run:01kqex-...`).
  public var prefix: Substring {
    id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
  }

  /// A human name for lists: `displayName`, else `name`, else `title`, else empty.
  public var displayName: String {
    for key in ["displayName", "name", "title"] {
      if let member = attributes.first(where: { $0.key == key }), case .string(let s) = member.value {
        return s
      }
    }
    return ""
  }

  public func attribute(_ key: String) -> Value? {
    attributes.first(where: { $0.key == key })?.value
  }
}
