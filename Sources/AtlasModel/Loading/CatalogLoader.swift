import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Loads a catalog from a folder (walked for YAML and JSON files) or from one file.
///
/// Loading never fails because of what a file says: every problem becomes a diagnostic
/// with file, line and column, and everything else still loads. It fails only when the
/// path itself cannot be used. Files parse independently, so they are parsed on all
/// cores and then assembled in catalog order, which keeps the result deterministic.
public enum CatalogLoader {
  public struct Failure: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
  }

  /// Loads the catalog at `path`. `parallel: false` parses on one core (the benchmark
  /// uses it to measure the parallel speed-up). `progress`, when given, is called from
  /// the parsing threads once the files are found and after each file.
  public static func load(
    path: String, limits: ReaderLimits = .standard, parallel: Bool = true,
    progress: (@Sendable (LoadProgress) -> Void)? = nil
  ) throws(Failure) -> Catalog {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw Failure(path: path, message: "cannot open catalog: \(lastErrorText())")
    }
    var walker = CatalogWalker()
    let root: String
    if (info.st_mode & S_IFMT) == S_IFDIR {
      root = path
      walker.walk(root: path)
    } else {
      // One file: `_file` is its name, and the catalog is shown as the file itself.
      root = path
      let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
      walker = CatalogWalker(single: CatalogWalker.Found(path: RawPath(path), relative: name))
    }
    let counter = progress.map { ProgressCounter(filesTotal: walker.files.count, report: $0) }
    let results = parseAll(walker.files, limits: limits, parallel: parallel, counter: counter)
    return assemble(root: root, results: consume results, walkDiagnostics: walker.diagnostics)
  }

  /// Parses one file's bytes into records.
  static func records(inFile relative: String, bytes: [UInt8], limits: ReaderLimits) -> FileRecords {
    var builder = RecordBuilder(file: relative)
    var errors: [ReadError] = []
    do throws(ReadError) {
      errors = try read(inFile: relative, bytes: bytes, limits: limits) { piece in
        switch piece {
        case .document(let node): builder.add(document: node)
        case .item(let node): builder.add(recordNode: node)
        }
      }
    } catch {
      errors.append(error)
    }
    for error in errors {
      builder.output.diagnostics.append(
        Diagnostic(
          .error, .parse, at: SourceLocation(file: relative, line: error.line, column: error.column),
          error.message))
    }
    return builder.output
  }

  /// Reads a file by the reader its extension calls for, streaming the items of
  /// top-level lists so that records can be built (and nodes dropped) one at a time.
  /// Throws what ends the reading; returns the errors it read past (bad lines of JSON
  /// Lines, each independent of the others).
  static func read(
    inFile name: String, bytes: [UInt8], limits: ReaderLimits, _ emit: (DocumentPiece) -> Void
  ) throws(ReadError) -> [ReadError] {
    let lower = name.lowercased()
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
      return JSONReader.readLines(in: bytes, limits: limits) { emit(.document($0)) }
    }
    if lower.hasSuffix(".json") {
      var pieces: [DocumentPiece] = []
      var streamed = false
      do {
        try JSONReader.read(in: bytes, limits: limits) { piece in
          // Items of a top-level array go straight through; a single value waits, as
          // the file may turn out to be JSON Lines under a .json name.
          if case .item = piece {
            streamed = true
            emit(piece)
          } else {
            pieces.append(piece)
          }
        }
      } catch let whole {
        guard !streamed, whole.message.hasPrefix("unexpected content after") else { throw whole }
        return JSONReader.readLines(in: bytes, limits: limits) { emit(.document($0)) }
      }
      pieces.forEach(emit)
      return []
    }
    try YAMLReader.read(in: bytes, limits: limits, streamingTopLevelItems: true, emit)
    return []
  }

  static func parseAll(
    _ files: [CatalogWalker.Found], limits: ReaderLimits, parallel: Bool, counter: ProgressCounter?
  ) -> [FileRecords] {
    let results = ResultSlots<FileRecords>(count: files.count)
    let work: @Sendable (Int) -> Void = { i in
      let file = files[i]
      let result: FileRecords
      do throws(FileBytes.Failure) {
        let bytes = try FileBytes.contents(of: file.path)
        result = records(inFile: file.relative, bytes: bytes, limits: limits)
      } catch {
        var failed = FileRecords()
        failed.diagnostics.append(
          Diagnostic(.error, .parse, at: SourceLocation(file: file.relative, line: 1, column: 1), error.message))
        result = failed
      }
      results.set(i, result)
      counter?.fileDone(records: result.records.count)
    }
    if parallel {
      DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
    } else {
      for i in files.indices { work(i) }
    }
    return results.values
  }

  /// Joins per-file results in catalog order. A repeated id keeps its first record;
  /// both places are reported.
  static func assemble(
    root: String, results: consuming [FileRecords], walkDiagnostics: [Diagnostic]
  ) -> Catalog {
    // Each file's records are moved out of `results` as they are taken, so the catalog
    // holds the only reference to every record's arrays: the catalog then adjusts them in
    // place rather than copying them, and each file's leftovers are freed as we go.
    var files = consume results
    let fileCount = files.count
    var records: [Record] = []
    records.reserveCapacity(files.reduce(0) { $0 + $1.records.count })
    var diagnostics = walkDiagnostics
    var firstByID: [String: Int] = [:]
    firstByID.reserveCapacity(records.capacity)
    for f in files.indices {
      var taken = FileRecords()
      swap(&taken, &files[f])
      diagnostics += taken.diagnostics
      for record in taken.records {
        if let first = firstByID[record.id].map({ records[$0].location }) {
          diagnostics.append(
            Diagnostic(
              .error, .structure, at: record.location,
              "duplicate id '\(record.id)', first defined at \(first); this record is ignored",
              recordID: record.id))
          diagnostics.append(
            Diagnostic(
              .error, .structure, at: first,
              "id '\(record.id)' is defined again at \(record.location); this record is kept",
              recordID: record.id))
          continue
        }
        firstByID[record.id] = records.count
        records.append(record)
      }
    }
    return Catalog(
      root: root, records: consume records, index: firstByID, diagnostics: diagnostics, fileCount: fileCount)
  }
}
