import Foundation

/// The `atlas-tui` binary `swift test` built, for the end-to-end tests.
public enum BuiltProgram {
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
    folders.append(PackagePaths.root.appendingPathComponent(".build/debug"))
    for folder in folders {
      // The runner may be inside a bundle (`X.xctest/...`); look beside it too.
      for candidate in [folder, folder.deletingLastPathComponent()] {
        let path = candidate.appendingPathComponent("atlas-tui").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }()

  /// Why the tmux tests cannot run here, or nil when they can.
  public static var tmuxSkipReason: String? {
    if TmuxSession.executable == nil { return "tmux is not installed" }
    if atlasTUI == nil { return "the atlas-tui binary was not found next to the tests" }
    return nil
  }
}
