/// Turns parsed documents into records. One builder serves one file.
///
/// Two shapes of record are understood, whatever the file's syntax:
/// - authored (the YAML catalog format, Fixtures/README.md): `id`, optional `_kind`,
///   `edges: [{kind, to, attributes?}]`, every other key an attribute in file order;
/// - normalized payload (what the atlas UI prints): `id, _kind, _file, _cluster,
///   attributes, outgoingEdges, incomingEdges`. A mapping is read this way when it has
///   `outgoingEdges`, `incomingEdges` or `_file`, keys an authored record never needs.
///
/// Problems become diagnostics and the builder carries on: a bad edge drops that edge,
/// a record without a usable id drops that record, nothing else is lost.
struct RecordBuilder {
  /// The file's path relative to the catalog root, with `/`.
  let file: String
  /// The cluster of records authored in this file: its first folder.
  let cluster: String
  var output = FileRecords()

  init(file: String) {
    self.file = file
    self.cluster = RecordBuilder.cluster(ofFile: file)
  }

  /// The first folder of a relative path; files at the catalog root form `(root)`.
  static func cluster(ofFile file: String) -> String {
    guard let slash = file.firstIndex(of: "/") else { return "(root)" }
    return String(file[..<slash])
  }

  func location(_ node: Node) -> SourceLocation {
    SourceLocation(file: file, line: node.line, column: node.column)
  }

  mutating func report(
    _ severity: Diagnostic.Severity, _ message: String, at node: Node, recordID: String? = nil
  ) {
    output.diagnostics.append(
      Diagnostic(severity, .structure, at: location(node), message, recordID: recordID))
  }

  mutating func report(_ message: String, at node: Node, recordID: String? = nil) {
    report(.error, message, at: node, recordID: recordID)
  }

  /// A document: one record, a list of records, a `{records: [...]}` / `{nodes: [...]}`
  /// wrapper, or nothing (an empty document).
  mutating func add(document: Node) {
    switch document.content {
    case .scalar(.null):
      return
    case .sequence(let items):
      for item in items { add(recordNode: item) }
    case .mapping(let pairs):
      if pairs.contains(where: { $0.key.keyString == "id" }) {
        add(recordNode: document)
      } else if let list = pairs.first(where: { ["records", "nodes"].contains($0.key.keyString) }),
        case .sequence(let items) = list.value.content
      {
        for item in items { add(recordNode: item) }
      } else {
        report("record has no 'id' key", at: document)
      }
    case .scalar:
      report("expected a record (a mapping with 'id') or a list of records, found a scalar", at: document)
    }
  }

  mutating func add(recordNode node: Node) {
    guard case .mapping(let pairs) = node.content else {
      report("expected a record (a mapping with 'id'), found \(node.shapeName)", at: node)
      return
    }
    var fields: [(key: String, pair: Node.Pair)] = []
    fields.reserveCapacity(pairs.count)
    // Records have a handful of keys: a linear search beats a dictionary per record.
    let useIndex = pairs.count > 16
    var seen: [String: Int] = [:]
    for pair in pairs {
      let key = pair.key.keyString
      if let at = useIndex ? seen[key] : fields.firstIndex(where: { $0.key == key }) {
        let first = fields[at].pair.key
        report(
          "duplicate key '\(key)' (first at line \(first.line), column \(first.column)); the first is kept",
          at: pair.key)
        continue
      }
      if useIndex { seen[key] = fields.count }
      fields.append((key, pair))
    }
    guard let idField = fields.first(where: { $0.key == "id" }) else {
      report("record has no 'id' key", at: node)
      return
    }
    guard case .scalar(.string(let id)) = idField.pair.value.content, !id.isEmpty else {
      report("'id' must be a non-empty string, found \(idField.pair.value.shapeName)", at: idField.pair.value)
      return
    }
    guard id.contains(where: { !$0.isWhitespace }) else {
      report("'id' is only white space", at: idField.pair.value)
      return
    }
    let normalized = fields.contains { ["outgoingEdges", "incomingEdges", "_file"].contains($0.key) }
    if normalized {
      addNormalized(id: id, fields: fields, at: node)
    } else {
      addAuthored(id: id, fields: fields, at: node)
    }
  }
}

extension Node {
  /// How a node is described in messages: "a string", "a list", ...
  var shapeName: String {
    switch content {
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .scalar(let v):
      switch v {
      case .null: return "null"
      case .bool: return "a boolean"
      case .number: return "a number"
      case .string: return "a string"
      case .array: return "a list"
      case .object: return "a mapping"
      }
    }
  }
}
