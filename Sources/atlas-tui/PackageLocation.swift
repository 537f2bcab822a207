import Foundation

/// Finds the package's bundled folders (`Fixtures/atlas`, `Themes`) when the command line
/// names none: walking up from the executable's real path (`.build/<triple>/debug/atlas-tui`
/// lives inside the package) and then from the current directory, to a folder holding
/// both `Package.swift` and the wanted folder.
enum PackageLocation {
  static let bundledCatalog = "Fixtures/atlas"
  static let themes = "Themes"

  /// The default catalog, or nil when no package folder holds one.
  static func defaultCatalog() -> String? { folder(bundledCatalog) }

  /// The path of `relative` (a folder) in the nearest package that has it.
  static func folder(_ relative: String) -> String? {
    var starts: [URL] = []
    if let executable = executablePath() {
      starts.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
    }
    starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    for start in starts {
      if let root = packageRoot(above: start, holding: relative) {
        return root.appendingPathComponent(relative).path
      }
    }
    return nil
  }

  /// The running program's real path: /proc/self/exe resolves symlinks and does not
  /// depend on how the program was invoked.
  private static func executablePath() -> String? {
    if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return link
    }
    return CommandLine.arguments.first.map {
      URL(fileURLWithPath: $0).resolvingSymlinksInPath().path
    }
  }

  private static func packageRoot(above start: URL, holding relative: String) -> URL? {
    let files = FileManager.default
    var folder = start.standardizedFileURL
    while true {
      let manifest = folder.appendingPathComponent("Package.swift").path
      var isFolder: ObjCBool = false
      let wanted = folder.appendingPathComponent(relative).path
      if files.fileExists(atPath: manifest),
        files.fileExists(atPath: wanted, isDirectory: &isFolder), isFolder.boolValue
      {
        return folder
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }
}
