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
  /// The (source record, outgoing edge) pairs that point at each record, in one flat
  /// array: record i's are `incomingRefs[incomingStart[i] ..< incomingStart[i + 1]]`.
  /// One array for the whole catalog rather than one per record: 100,000 small arrays
  /// cost more than the references in them.
  private let incomingRefs: [EdgeRef]
  private let incomingStart: [Int32]

  struct EdgeRef: Sendable {
    var source: Int32
    var edge: Int32
  }

  public convenience init(root: String, records: consuming [Record], diagnostics: [Diagnostic], fileCount: Int) {
    var index: [String: Int] = [:]
    index.reserveCapacity(records.count)
    for (i, record) in zip(0..., records) where index[record.id] == nil {
      index[record.id] = i
    }
    self.init(root: root, records: consume records, index: index, diagnostics: diagnostics, fileCount: fileCount)
  }

  /// For the loader, which has already built the id index while it dropped duplicates.
  init(
    root: String, records: consuming [Record], index: [String: Int], diagnostics: [Diagnostic], fileCount: Int
  ) {
    self.root = root
    self.fileCount = fileCount
    self.indexByID = index

    // Taken over, not copied: the edges are adjusted below in place.
    var records = consume records
    var incomingCount = Array(repeating: Int32(0), count: records.count + 1)
    var targets: [Int32] = []  // per outgoing edge in catalog order: its target, or -1
    targets.reserveCapacity(records.count * 4)
    var dangling: [Diagnostic] = []
    var kindPool = StringPool()
    for i in records.indices {
      records[i].kind = kindPool.shared(records[i].kind)
      let id = records[i].id
      for e in records[i].outgoing.indices {
        let edge = records[i].outgoing[e]
        records[i].outgoing[e].kind = kindPool.shared(edge.kind)
        if let target = index[edge.to] {
          // The same string as the target's id, so each id is stored once.
          records[i].outgoing[e].to = records[target].id
          if edge.from == id { records[i].outgoing[e].from = id }
          incomingCount[target] += 1
          targets.append(Int32(target))
        } else {
          targets.append(-1)
          dangling.append(Self.danglingDiagnostic(edge, of: records[i]))
        }
      }
    }
    // Prefix sums: where each record's incoming references start.
    var start = Array(repeating: Int32(0), count: records.count + 1)
    for i in 0..<records.count { start[i + 1] = start[i] + incomingCount[i] }
    var next = start
    var refs = Array(repeating: EdgeRef(source: 0, edge: 0), count: Int(start[records.count]))
    var t = 0
    for i in records.indices {
      for e in records[i].outgoing.indices {
        let target = Int(targets[t])
        t += 1
        guard target >= 0 else { continue }
        refs[Int(next[target])] = EdgeRef(source: Int32(i), edge: Int32(e))
        next[target] += 1
      }
    }
    self.incomingRefs = refs
    self.incomingStart = start
    self.records = records

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

  static func danglingDiagnostic(_ edge: Edge, of record: Record) -> Diagnostic {
    var at = record.location
    if let position = edge.position {
      at.line = Int(position.line)
      at.column = Int(position.column)
    }
    return Diagnostic(
      .warning, .dangling, at: at,
      "edge '\(edge.kind)' from '\(record.id)' points to '\(edge.to)', which is not in the catalog",
      recordID: record.id)
  }

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
    for ref in incomingRefs[Int(incomingStart[index])..<Int(incomingStart[index + 1])] {
      let edge = records[Int(ref.source)].outgoing[Int(ref.edge)]
      if record.declaredIncoming.isEmpty || !record.declaredIncoming.contains(where: { $0.sameLink(as: edge) }) {
        result.append(edge)
      }
    }
    return result
  }
}
