import Foundation

/// A catalog folder made for one test from a map of relative path → file text, removed
/// when the value goes away.
public final class TemporaryCatalog {
  public let url: URL
  public var path: String { url.path }

  public init(_ files: [String: String]) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("atlas-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (relative, text) in files {
      try write(relative, Data(text.utf8))
    }
  }

  public func write(_ relative: String, _ data: Data) throws {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
  }

  deinit {
    // Restore permissions a test may have removed, so the folder can be deleted.
    if let walker = FileManager.default.enumerator(atPath: url.path) {
      for case let relative as String in walker {
        chmod(url.appendingPathComponent(relative).path, 0o755)
      }
    }
    try? FileManager.default.removeItem(at: url)
  }
}
