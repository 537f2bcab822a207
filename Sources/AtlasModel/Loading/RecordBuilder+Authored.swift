/// Authored records: the YAML catalog format (see Fixtures/README.md).
extension RecordBuilder {
  mutating func addAuthored(id: String, fields: [(key: String, pair: Node.Pair)], at node: Node) {
    var kind: String?
    var attributes: [(key: String, node: Node)] = []
    attributes.reserveCapacity(fields.count)
    var edges: [Edge] = []
    for (key, pair) in fields {
      switch key {
      case "id":
        continue
      case "_kind":
        if case .scalar(.string(let k)) = pair.value.content, !k.isEmpty {
          kind = k
        } else {
          report("'_kind' must be a non-empty string; the kind is taken from the id", at: pair.value, recordID: id)
        }
      case "edges":
        edges = authoredEdges(pair.value, from: id)
      default:
        attributes.append((key, pair.value))
      }
    }
    let prefix = id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    output.records.append(
      Record(
        id: id, kind: kind ?? KindName.fromPrefix(prefix), file: file, cluster: cluster,
        packedAttributes: CompactMembers(nodes: attributes), outgoing: edges, declaredIncoming: [],
        location: location(node)))
  }

  /// `edges:` — a list of `{kind, to, attributes?}`. A malformed edge is reported and
  /// left out; the record keeps its other edges.
  mutating func authoredEdges(_ node: Node, from id: String) -> [Edge] {
    if case .scalar(.null) = node.content { return [] }
    guard case .sequence(let items) = node.content else {
      report("'edges' must be a list of {kind, to}, found \(node.shapeName); edges ignored", at: node, recordID: id)
      return []
    }
    var edges: [Edge] = []
    edges.reserveCapacity(items.count)
    for item in items {
      guard case .mapping(let pairs) = item.content else {
        report("an edge must be a mapping {kind, to}, found \(item.shapeName)", at: item, recordID: id)
        continue
      }
      var kind: String?
      var to: String?
      var attributes: Value?
      var wrongTypes: [String] = []
      for pair in pairs {
        let key = pair.key.keyString
        switch key {
        case "kind", "to":
          guard let text = pair.value.nonEmptyString else {
            wrongTypes.append("'\(key)' must be a non-empty string, found \(pair.value.shapeName)")
            continue
          }
          if key == "kind" { kind = text } else { to = text }
        case "attributes":
          attributes = pair.value.value
          if case .mapping = pair.value.content {} else {
            report(.warning, "edge 'attributes' is usually a mapping, found \(pair.value.shapeName)", at: pair.value, recordID: id)
          }
        case "from":
          if pair.value.nonEmptyString != id {
            report("edge 'from' differs from the record's id; the record's id is used", at: pair.value, recordID: id)
          }
        default:
          report(.warning, "unknown edge key '\(pair.key.keyString)' ignored", at: pair.key, recordID: id)
        }
      }
      guard let kind, let to else {
        if !wrongTypes.isEmpty {
          report("edge \(wrongTypes.joined(separator: "; ")); edge ignored", at: item, recordID: id)
        } else {
          let missing = [kind == nil ? "'kind'" : nil, to == nil ? "'to'" : nil].compactMap { $0 }
          report(
            "edge without \(missing.joined(separator: " and ")) (each must be a non-empty string); edge ignored",
            at: item, recordID: id)
        }
        continue
      }
      edges.append(
        Edge(from: id, to: to, kind: kind, attributes: attributes,
             position: SourcePosition(line: item.line, column: item.column)))
    }
    return edges
  }
}

extension Node {
  var nonEmptyString: String? {
    if case .scalar(.string(let s)) = content, !s.isEmpty { return s }
    return nil
  }
}
