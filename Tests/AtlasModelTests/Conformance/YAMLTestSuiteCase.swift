import AtlasModel
import Foundation

/// One case of yaml-test-suite as checked out under `shared/conformance/yaml-test-suite`:
/// a directory (or a numbered sub-directory of one) with `in.yaml`, a one-line title in
/// `===`, and either `in.json` (the documents as JSON), `error` (must be refused), or
/// neither (valid YAML with no JSON form, e.g. a mapping used as a key).
struct YAMLTestSuiteCase {
  enum Expectation {
    case json([UInt8])
    case error
    case validWithoutJSON
  }

  var id: String
  var title: String
  var input: [UInt8]
  var expectation: Expectation

  /// Where the suite is, found from this file's path (NOTES P18); nil when the shared
  /// checkout is not there.
  static func suiteDirectory() -> URL? {
    // `#filePath` here (not as a default argument) is this file, whoever calls.
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // Conformance
      .deletingLastPathComponent()  // AtlasModelTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()
    let suite = packageRoot.appendingPathComponent("../shared/conformance/yaml-test-suite")
      .standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: suite.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    return suite
  }

  /// Every case in the suite, sorted by id (`2G84/00` style for sub-cases).
  static func all(in suite: URL) throws -> [YAMLTestSuiteCase] {
    let fm = FileManager.default
    var cases: [YAMLTestSuiteCase] = []
    for name in try fm.contentsOfDirectory(atPath: suite.path).sorted() {
      let dir = suite.appendingPathComponent(name)
      if fm.fileExists(atPath: dir.appendingPathComponent("in.yaml").path) {
        cases.append(try load(id: name, from: dir))
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: dir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        continue
      }
      for sub in try fm.contentsOfDirectory(atPath: dir.path).sorted() {
        let subDir = dir.appendingPathComponent(sub)
        if fm.fileExists(atPath: subDir.appendingPathComponent("in.yaml").path) {
          cases.append(try load(id: "\(name)/\(sub)", from: subDir))
        }
      }
    }
    return cases
  }

  private static func load(id: String, from dir: URL) throws -> YAMLTestSuiteCase {
    let fm = FileManager.default
    let input = [UInt8](try Data(contentsOf: dir.appendingPathComponent("in.yaml")))
    let titleData = fm.contents(atPath: dir.appendingPathComponent("===").path) ?? Data()
    let title = String(decoding: titleData, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let expectation: Expectation
    if fm.fileExists(atPath: dir.appendingPathComponent("error").path) {
      expectation = .error
    } else if let json = fm.contents(atPath: dir.appendingPathComponent("in.json").path) {
      expectation = .json([UInt8](json))
    } else {
      expectation = .validWithoutJSON
    }
    return YAMLTestSuiteCase(id: id, title: title, input: input, expectation: expectation)
  }
}
