import Foundation

/// Where the end-to-end tests find things: the `atlas-tui` binary `swift test` built and
/// the shared sample catalog.
public enum BuiltProgram {
  /// The package root, found from this file's path (Tests/TestSupport/BuiltProgram.swift).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built `atlas-tui`: next to the test bundle (`.build/<triple>/debug/`), which is
  /// where SwiftPM puts every product of the same build, else `.build/debug`.
  public static let atlasTUI: String? = {
    var folders: [URL] = []
    if let runner = CommandLine.arguments.first {
      folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
    }
    if let bundle = Bundle.main.executableURL {
      folders.append(bundle.deletingLastPathComponent())
    }
    folders.append(packageRoot.appendingPathComponent(".build/debug"))
    for folder in folders {
      // The runner may be inside a bundle (`X.xctest/...`); look beside it too.
      for candidate in [folder, folder.deletingLastPathComponent()] {
        let path = candidate.appendingPathComponent("atlas-tui").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }()

  /// A catalog to browse: the real atlas records in `../shared/atlas-samples`.
  public static let sampleCatalog: String? = {
    let path = packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/atlas-samples").path
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
      ? path : nil
  }()

  /// Why the end-to-end tests cannot run here, or nil when they can.
  public static var endToEndSkipReason: String? {
    if TmuxSession.executable == nil { return "tmux is not installed" }
    if atlasTUI == nil { return "the atlas-tui binary was not found next to the tests" }
    if sampleCatalog == nil { return "../shared/atlas-samples is absent" }
    return nil
  }
}
