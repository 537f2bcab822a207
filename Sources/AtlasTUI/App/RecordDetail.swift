import AtlasModel

/// What the record pane lists for one record, as rows of spans: a header (id, kind, file,
/// cluster), the attributes, then outgoing and incoming edges grouped by edge kind with
/// counts. Edge rows are selectable; `edgeRows` lists them in screen order so the reducer
/// and the view agree on what "the selected edge" is.
public struct RecordDetail: Sendable {
  /// The record at the other end of an edge row, and whether it exists.
  public struct EdgeLink: Hashable, Sendable {
    public enum Direction: Hashable, Sendable {
      case outgoing, incoming
    }

    public var direction: Direction
    public var edge: Edge
    /// `to` for an outgoing edge, `from` for an incoming one: where Enter goes.
    public var otherEnd: String
    public var missing: Bool
  }

  public struct Row: Sendable {
    public var spans: [Span]
    public var link: EdgeLink?
  }

  public let rows: [Row]
  /// Index into `rows` of each edge row, in order.
  public let edgeRows: [Int]

  public init(recordAt index: Int, in catalog: Catalog) {
    var rows: [Row] = []
    let record = catalog.records[index]
    let header = [("id      ", record.id), ("kind    ", record.kind), ("file    ", record.file), ("cluster ", record.cluster)]
    for (label, value) in header {
      rows.append(Row(spans: [Span(label, .headerLabel), Span(value, .headerValue)]))
    }

    rows.append(Row(spans: []))
    rows.append(Row(spans: [Span("Attributes (\(record.attributes.count))", .headerLabel)]))
    for member in record.attributes {
      rows.append(
        Row(spans: [
          Span("  "), Span(member.key, .attributeKey), Span(": "),
          Span(AttributeText.inline(member.value), .attributeValue),
        ]))
    }

    let outgoing = record.outgoing.map { edge in
      EdgeLink(direction: .outgoing, edge: edge, otherEnd: edge.to, missing: !catalog.contains(id: edge.to))
    }
    let incoming = catalog.incomingEdges(of: index).map { edge in
      EdgeLink(direction: .incoming, edge: edge, otherEnd: edge.from, missing: !catalog.contains(id: edge.from))
    }
    rows.append(Row(spans: []))
    Self.appendEdges(outgoing, title: "Outgoing edges", catalog: catalog, to: &rows)
    rows.append(Row(spans: []))
    Self.appendEdges(incoming, title: "Incoming edges", catalog: catalog, to: &rows)

    self.rows = rows
    self.edgeRows = rows.indices.filter { rows[$0].link != nil }
  }

  public var edgeCount: Int { edgeRows.count }

  /// The link of the `n`th edge row, if there is one.
  public func link(at n: Int) -> EdgeLink? {
    guard n >= 0, n < edgeRows.count else { return nil }
    return rows[edgeRows[n]].link
  }

  /// Edges grouped by kind, groups in order of first appearance, edges in their order.
  private static func appendEdges(_ links: [EdgeLink], title: String, catalog: Catalog, to rows: inout [Row]) {
    rows.append(Row(spans: [Span("\(title) (\(links.count))", .headerLabel)]))
    var kinds: [String] = []
    var byKind: [String: [EdgeLink]] = [:]
    for link in links {
      if byKind[link.edge.kind] == nil { kinds.append(link.edge.kind) }
      byKind[link.edge.kind, default: []].append(link)
    }
    for kind in kinds {
      let group = byKind[kind] ?? []
      rows.append(Row(spans: [Span("  "), Span(kind, .edgeKind), Span(" (\(group.count))")]))
      for link in group {
        rows.append(Row(spans: edgeSpans(link, catalog: catalog), link: link))
      }
    }
  }

  private static func edgeSpans(_ link: EdgeLink, catalog: Catalog) -> [Span] {
    let outgoing = link.direction == .outgoing
    var spans = [Span(outgoing ? "    → " : "    ← ", outgoing ? .edgeOutbound : .edgeInbound)]
    if link.missing {
      spans.append(Span(link.otherEnd, .edgeMissing))
      spans.append(Span("  ✗ missing", .edgeMissing))
    } else {
      spans.append(Span(link.otherEnd, outgoing ? .edgeOutbound : .edgeInbound))
      if let name = catalog.record(id: link.otherEnd)?.displayName, !name.isEmpty {
        spans.append(Span("  " + name, .attributeValue))
      }
    }
    if let attributes = link.edge.attributes, attributes != .object([]) {
      spans.append(Span("  " + JSONText.compact(attributes), .attributeValue))
    }
    return spans
  }
}
