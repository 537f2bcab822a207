/// What `atlas-tui parse FILE` shows a catalog author: the values the loader reads from
/// one file, one compact JSON line per document (per line for JSON Lines), and every
/// problem the loader would report for the file, at file:line:column.
public struct FileParse: Sendable {
  /// The documents read completely, in order.
  public var values: [Value]
  /// Syntax errors (where reading stopped, or a bad JSON Lines line) and the structural
  /// problems the loader reports (repeated keys, missing ids, malformed edges), sorted.
  public var diagnostics: [Diagnostic]

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  public static func parse(path: String, limits: ReaderLimits = .standard) -> FileParse {
    let bytes: [UInt8]
    do throws(FileBytes.Failure) {
      bytes = try FileBytes.contents(of: path)
    } catch {
      return FileParse(
        values: [],
        diagnostics: [Diagnostic(.error, .parse, at: SourceLocation(file: path, line: 1, column: 1), error.message)])
    }
    var nodes: [Node] = []
    var errors: [ReadError] = []
    let lower = path.lowercased()
    do throws(ReadError) {
      if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
        errors = JSONReader.readLines(in: bytes, limits: limits) { nodes.append($0) }
      } else if lower.hasSuffix(".json") {
        do throws(ReadError) {
          nodes = [try JSONReader.value(in: bytes, limits: limits)]
        } catch {
          // As the loader does: several values, one per line, are JSON Lines.
          guard error.message.hasPrefix("unexpected content after") else { throw error }
          errors = JSONReader.readLines(in: bytes, limits: limits) { nodes.append($0) }
        }
      } else {
        try YAMLReader.read(in: bytes, limits: limits, streamingTopLevelItems: false) { piece in
          if case .document(let node) = piece { nodes.append(node) }
        }
      }
    } catch {
      errors.append(error)
    }
    var builder = RecordBuilder(file: path)
    for node in nodes { builder.add(document: node) }
    let diagnostics =
      errors.map {
        Diagnostic(.error, .parse, at: SourceLocation(file: path, line: $0.line, column: $0.column), $0.message)
      } + builder.output.diagnostics
    return FileParse(values: nodes.map(\.value), diagnostics: diagnostics.sorted())
  }
}
