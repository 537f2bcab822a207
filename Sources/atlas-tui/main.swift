import AtlasCurses
import AtlasModel
import AtlasTUI

#if canImport(Glibc)
  import Glibc
#endif

// Order matters (NOTES §3.3): everything that can fail is checked before curses starts,
// so an error is an ordinary message on an ordinary terminal.
let command: Command
do {
  command = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  StandardError.write("atlas-tui: \(StandardError.visible(error.message))")
  StandardError.write(Usage.synopsis)
  StandardError.write("Run 'atlas-tui --help' for more.")
  exit(2)
}

switch command {
case .help:
  print(Usage.help)
case .version:
  print(Usage.version)
case .show(let id, let catalogPath):
  exit(Show.run(id: id, catalogPath: catalogPath))
case .check(let path, let json):
  exit(Check.run(path: path, json: json))
case .parse(let file):
  exit(Parse.run(file: file))
case .browse(let path, let themeName, let noColor):
  exit(Browse.run(path: path, themeName: themeName, noColor: noColor))
}
