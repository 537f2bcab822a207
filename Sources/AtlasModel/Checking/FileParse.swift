/// What `atlas-tui parse FILE` shows a catalog author: the values the loader builds from
/// one file, one compact JSON line per document, or the first problem at file:line:column.
public enum FileParse {
  public enum Outcome: Sendable {
    case documents([Value])
    case failed(Diagnostic)
  }

  public static func parse(path: String, limits: ReaderLimits = .standard) -> Outcome {
    let bytes: [UInt8]
    do throws(FileBytes.Failure) {
      bytes = try FileBytes.contents(of: path)
    } catch {
      return .failed(Diagnostic(.error, .parse, at: SourceLocation(file: path, line: 1, column: 1), error.message))
    }
    do throws(ReadError) {
      let nodes = try CatalogLoader.documents(inFile: path, bytes: bytes, limits: limits)
      return .documents(nodes.map(\.value))
    } catch {
      return .failed(
        Diagnostic(.error, .parse, at: SourceLocation(file: path, line: error.line, column: error.column), error.message))
    }
  }

  /// The outcome as printed: JSON lines on success, the diagnostic line on failure.
  public static func lines(of outcome: Outcome) -> [String] {
    switch outcome {
    case .documents(let values): return values.map(JSONText.compact)
    case .failed(let diagnostic): return [diagnostic.description]
    }
  }
}
