/// A cluster (the first folder of a record's file) and its records, by index into
/// `Catalog.records`, in catalog order.
public struct Cluster: Hashable, Sendable {
  public var name: String
  public var recordIndices: [Int]

  public var count: Int { recordIndices.count }
}
