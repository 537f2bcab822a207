/// What `atlas-tui check` prints: every diagnostic as `file:line:column: severity:
/// message`, sorted by file and line, then one summary line. Also as JSON, for tools.
public struct CheckReport: Sendable {
  public var records: Int
  public var edges: Int
  public var clusters: Int
  public var files: Int
  public var parseErrors: Int
  public var structuralProblems: Int
  public var danglingEdges: Int
  public var errors: Int
  public var warnings: Int
  public var diagnostics: [Diagnostic]

  public init(_ catalog: Catalog) {
    records = catalog.records.count
    edges = catalog.edgeCount
    clusters = catalog.clusters.count
    files = catalog.fileCount
    diagnostics = catalog.diagnostics
    parseErrors = diagnostics.filter { $0.category == .parse }.count
    structuralProblems = diagnostics.filter { $0.category == .structure }.count
    danglingEdges = diagnostics.filter { $0.category == .dangling }.count
    errors = diagnostics.filter { $0.severity == .error }.count
    warnings = diagnostics.filter { $0.severity == .warning }.count
  }

  /// 0 when nothing is an error (dangling edges and other warnings alone pass), else 1.
  public var exitCode: Int32 { errors == 0 ? 0 : 1 }

  public var summaryLine: String {
    "\(count(records, "record")), \(count(edges, "edge")), \(count(clusters, "cluster")) in "
      + "\(count(files, "file")): \(count(parseErrors, "parse error")), "
      + "\(count(structuralProblems, "structural problem")), \(count(danglingEdges, "dangling edge"))"
  }

  public var text: String {
    (diagnostics.map(\.description) + [summaryLine]).joined(separator: "\n") + "\n"
  }

  public var json: String {
    let items: [Value] = diagnostics.map { d in
      var members: [Value.Member] = [
        .init("file", .string(d.location.file)),
        .init("line", .number(Double(d.location.line))),
        .init("column", .number(Double(d.location.column))),
        .init("severity", .string(d.severity.rawValue)),
        .init("category", .string(d.category.rawValue)),
        .init("message", .string(d.message)),
      ]
      if let id = d.recordID { members.append(.init("recordId", .string(id))) }
      return .object(members)
    }
    let summary: Value = .object([
      .init("records", .number(Double(records))),
      .init("edges", .number(Double(edges))),
      .init("clusters", .number(Double(clusters))),
      .init("files", .number(Double(files))),
      .init("parseErrors", .number(Double(parseErrors))),
      .init("structuralProblems", .number(Double(structuralProblems))),
      .init("danglingEdges", .number(Double(danglingEdges))),
      .init("errors", .number(Double(errors))),
      .init("warnings", .number(Double(warnings))),
    ])
    return JSONText.pretty(.object([.init("diagnostics", .array(items)), .init("summary", summary)])) + "\n"
  }

  private func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }
}
