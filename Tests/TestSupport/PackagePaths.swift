import Foundation

/// Where things are, found from this file's own path so tests work from any directory.
public enum PackagePaths {
  /// The package root (this file is Tests/TestSupport/PackagePaths.swift).
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the package, when it exists (it does on the development machine,
  /// not necessarily in CI).
  public static var shared: URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  public static var themes: URL { root.appendingPathComponent("Themes") }
}
