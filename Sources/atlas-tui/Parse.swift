import AtlasModel

/// `atlas-tui parse FILE`: the values the loader reads from one file, one JSON line per
/// document, for a catalog author to see how a file is read.
enum Parse {
  static func run(file: String) -> Int32 {
    let outcome = FileParse.parse(path: file)
    switch outcome {
    case .documents:
      // JSON text escapes every control character, so it is safe to print as it is.
      for line in FileParse.lines(of: outcome) { print(line) }
      return 0
    case .failed(let diagnostic):
      StandardError.write(StandardError.visible(diagnostic.description))
      return 1
    }
  }
}
