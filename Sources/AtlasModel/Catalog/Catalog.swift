/// A loaded, indexed catalog. Immutable once built, so the front end can share it freely.
///
/// Catalog order, used wherever order is not otherwise given: files by their path
/// relative to the root (compared byte by byte, so the order is the same on every
/// machine), then records in the order each file lists them. Incoming edges are listed
/// in that order of their source records, then in each source's declaration order.
public final class Catalog: Sendable {
  /// The folder or file the catalog was loaded from.
  public let root: String
  public let records: [Record]
  public let clusters: [Cluster]
  /// Kind names with how many records have each, sorted by name.
  public let kinds: [(name: String, count: Int)]
  /// Everything found wrong while loading, sorted by file, line and column.
  public let diagnostics: [Diagnostic]
  /// How many files were read.
  public let fileCount: Int

  private let indexByID: [String: Int]
  /// For each record, the (source record, outgoing edge) pairs that point at it.
  private let incomingRefs: [[EdgeRef]]

  struct EdgeRef: Sendable {
    var source: Int32
    var edge: Int32
  }

  public init(root: String, records: [Record], diagnostics: [Diagnostic], fileCount: Int) {
    self.root = root
    self.fileCount = fileCount
    var index: [String: Int] = [:]
    index.reserveCapacity(records.count)
    for (i, record) in records.enumerated() where index[record.id] == nil {
      index[record.id] = i
    }
    self.indexByID = index
    self.records = records

    var refs = Array(repeating: [EdgeRef](), count: records.count)
    var dangling: [Diagnostic] = []
    for (i, record) in records.enumerated() {
      for (e, edge) in record.outgoing.enumerated() {
        if let target = index[edge.to] {
          refs[target].append(EdgeRef(source: Int32(i), edge: Int32(e)))
        } else {
          var at = record.location
          if let position = edge.position {
            at.line = Int(position.line)
            at.column = Int(position.column)
          }
          dangling.append(
            Diagnostic(
              .warning, .dangling, at: at,
              "edge '\(edge.kind)' from '\(record.id)' points to '\(edge.to)', which is not in the catalog",
              recordID: record.id))
        }
      }
    }
    self.incomingRefs = refs

    var byCluster: [String: [Int]] = [:]
    var byKind: [String: Int] = [:]
    for (i, record) in records.enumerated() {
      byCluster[record.cluster, default: []].append(i)
      byKind[record.kind, default: 0] += 1
    }
    self.clusters = byCluster.map { Cluster(name: $0.key, recordIndices: $0.value) }
      .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    self.kinds = byKind.map { (name: $0.key, count: $0.value) }
      .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    self.diagnostics = (diagnostics + dangling).sorted()
  }

  public var edgeCount: Int { records.reduce(0) { $0 + $1.outgoing.count } }

  public func index(of id: String) -> Int? { indexByID[id] }

  public func record(id: String) -> Record? {
    indexByID[id].map { records[$0] }
  }

  public func contains(id: String) -> Bool { indexByID[id] != nil }

  /// The edges that point at `records[index]`: those its payload declared (normalized
  /// JSON) in their order, then those computed from the catalog's outgoing edges that
  /// the payload did not already list, in catalog order.
  public func incomingEdges(of index: Int) -> [Edge] {
    let record = records[index]
    var result = record.declaredIncoming
    for ref in incomingRefs[index] {
      let edge = records[Int(ref.source)].outgoing[Int(ref.edge)]
      if record.declaredIncoming.isEmpty || !record.declaredIncoming.contains(where: { $0.sameLink(as: edge) }) {
        result.append(edge)
      }
    }
    return result
  }
}
