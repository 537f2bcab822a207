/// Normalized record payloads, as the atlas UI prints them (../shared/seed/run-example.json).
/// What the payload says is kept as said (its `_file`, `_cluster`, edge order and the
/// presence or absence of each edge's `attributes`), so it prints back byte for byte.
extension RecordBuilder {
  mutating func addNormalized(id: String, fields: [(key: String, pair: Node.Pair)], at node: Node) {
    var kind: String?
    var payloadFile: String?
    var payloadCluster: String?
    var attributes = CompactMembers.empty
    var outgoing: [Edge] = []
    var incoming: [Edge] = []
    for (key, pair) in fields {
      let value = pair.value
      switch key {
      case "id":
        continue
      case "_kind":
        kind = value.nonEmptyString
        if kind == nil { report("'_kind' must be a non-empty string", at: value, recordID: id) }
      case "_file":
        payloadFile = value.nonEmptyString
        if payloadFile == nil { report("'_file' must be a non-empty string", at: value, recordID: id) }
      case "_cluster":
        payloadCluster = value.nonEmptyString
        if payloadCluster == nil { report("'_cluster' must be a non-empty string", at: value, recordID: id) }
      case "attributes":
        if case .mapping(let pairs) = value.content {
          let keys = pairs.map(\.key.keyString)
          if CompactMembers.hasRepeats(keys), case .object(let members) = value.value {
            report("'attributes' repeats a key; the first of each is kept", at: value, recordID: id)
            attributes = CompactMembers(members)
          } else {
            attributes = CompactMembers(nodes: zip(keys, pairs).map { ($0, $1.value) })
          }
        } else {
          report("'attributes' must be a mapping, found \(value.shapeName); ignored", at: value, recordID: id)
        }
      case "outgoingEdges":
        outgoing = payloadEdges(value, id: id, side: "outgoingEdges")
      case "incomingEdges":
        incoming = payloadEdges(value, id: id, side: "incomingEdges")
      default:
        report(.warning, "unknown payload key '\(key)' ignored", at: pair.key, recordID: id)
      }
    }
    let prefix = id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let shownFile = payloadFile ?? file
    output.records.append(
      Record(
        id: id, kind: kind ?? KindName.fromPrefix(prefix), file: shownFile,
        cluster: payloadCluster ?? RecordBuilder.cluster(ofFile: shownFile),
        packedAttributes: attributes, outgoing: outgoing, declaredIncoming: incoming, location: location(node)))
  }

  /// A payload edge list: `[{from, to, kind, attributes?}]`.
  mutating func payloadEdges(_ node: Node, id: String, side: String) -> [Edge] {
    guard case .sequence(let items) = node.content else {
      report("'\(side)' must be a list, found \(node.shapeName); ignored", at: node, recordID: id)
      return []
    }
    var edges: [Edge] = []
    edges.reserveCapacity(items.count)
    for item in items {
      guard case .mapping(let pairs) = item.content else {
        report("an edge must be a mapping {from, to, kind}, found \(item.shapeName)", at: item, recordID: id)
        continue
      }
      var fields: [String: Node] = [:]
      var attributes: Value?
      for pair in pairs {
        let key = pair.key.keyString
        switch key {
        case "from", "to", "kind": fields[key] = pair.value
        case "attributes": attributes = pair.value.value
        default: report(.warning, "unknown edge key '\(key)' ignored", at: pair.key, recordID: id)
        }
      }
      guard let from = fields["from"]?.nonEmptyString, let to = fields["to"]?.nonEmptyString,
        let kind = fields["kind"]?.nonEmptyString
      else {
        report("edge needs non-empty string 'from', 'to' and 'kind'; edge ignored", at: item, recordID: id)
        continue
      }
      let ownEnd = side == "outgoingEdges" ? from : to
      if ownEnd != id {
        report(
          .warning, "\(side) entry has '\(side == "outgoingEdges" ? "from" : "to")' = '\(ownEnd)', not this record",
          at: item, recordID: id)
      }
      edges.append(
        Edge(from: from, to: to, kind: kind, attributes: attributes,
             position: SourcePosition(line: item.line, column: item.column)))
    }
    return edges
  }
}
