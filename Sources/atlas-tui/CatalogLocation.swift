import Foundation

/// Finds the catalog to open when the command line names none: the bundled
/// `Fixtures/atlas` of the package, found by walking up from the executable's real path
/// (`.build/<triple>/debug/atlas-tui` lives inside the package) and then from the current
/// directory, to a folder holding both `Package.swift` and `Fixtures/atlas`.
enum CatalogLocation {
  static let bundledCatalog = "Fixtures/atlas"

  static func defaultCatalog() -> String? {
    var starts: [URL] = []
    if let executable = executablePath() {
      starts.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
    }
    starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    for start in starts {
      if let root = packageRoot(above: start) {
        return root.appendingPathComponent(bundledCatalog).path
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
    return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
  }

  private static func packageRoot(above start: URL) -> URL? {
    let files = FileManager.default
    var folder = start.standardizedFileURL
    while true {
      let manifest = folder.appendingPathComponent("Package.swift").path
      var isFolder: ObjCBool = false
      let catalog = folder.appendingPathComponent(bundledCatalog).path
      if files.fileExists(atPath: manifest),
        files.fileExists(atPath: catalog, isDirectory: &isFolder), isFolder.boolValue
      {
        return folder
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }
}
