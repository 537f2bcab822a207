/// The "normalized record payload" the atlas UI shows for a record:
/// `id, _kind, _file, _cluster, attributes, outgoingEdges, incomingEdges`, in that order.
public enum RecordPayload {
  public static func value(of index: Int, in catalog: Catalog) -> Value {
    let record = catalog.records[index]
    return .object([
      Value.Member("id", .string(record.id)),
      Value.Member("_kind", .string(record.kind)),
      Value.Member("_file", .string(record.file)),
      Value.Member("_cluster", .string(record.cluster)),
      Value.Member("attributes", .object(record.attributes)),
      Value.Member("outgoingEdges", .array(record.outgoing.map(edgeValue))),
      Value.Member("incomingEdges", .array(catalog.incomingEdges(of: index).map(edgeValue))),
    ])
  }

  /// The payload as `JSON.stringify(payload, null, 2)` prints it (no trailing newline).
  public static func text(of index: Int, in catalog: Catalog) -> String {
    JSONText.pretty(value(of: index, in: catalog))
  }

  static func edgeValue(_ edge: Edge) -> Value {
    var members = [
      Value.Member("from", .string(edge.from)),
      Value.Member("to", .string(edge.to)),
      Value.Member("kind", .string(edge.kind)),
    ]
    if let attributes = edge.attributes {
      members.append(Value.Member("attributes", attributes))
    }
    return .object(members)
  }
}
