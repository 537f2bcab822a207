import Foundation

/// Where tests find the package's own files and the shared read-only material.
public enum PackagePaths {
  /// The package root, found from this file's path (Tests/TestSupport/PackagePaths.swift).
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static var fixtures: URL { root.appendingPathComponent("Fixtures") }
  public static var atlasFixture: URL { fixtures.appendingPathComponent("atlas") }

  /// `../shared` beside the checkout, when it is there (it is for developers and CI).
  public static var shared: URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// A path inside ../shared, or nil with a printed note saying why the test skips.
  public static func sharedItem(_ relative: String, for test: String = #function) -> URL? {
    guard let shared, FileManager.default.fileExists(atPath: shared.appendingPathComponent(relative).path)
    else {
      print("note: \(test): skipped, ../shared/\(relative) is not present")
      return nil
    }
    return shared.appendingPathComponent(relative)
  }
}
