import AtlasModel

/// `atlas-tui parse FILE`: the values the loader reads from one file, one JSON line per
/// document on standard output, and the problems the loader would report for the file on
/// standard error, for a catalog author to see how a file is read.
enum Parse {
  static func run(file: String) -> Int32 {
    let result = FileParse.parse(path: file)
    // JSON text escapes every control character; TerminalSafeJSON also escapes what a
    // terminal could act on when the output goes to one.
    for value in result.values { print(TerminalSafeJSON.forOutput(JSONText.compact(value))) }
    for diagnostic in result.diagnostics {
      StandardError.write(StandardError.visible(diagnostic.description))
    }
    return result.hasErrors ? 1 : 0
  }
}
