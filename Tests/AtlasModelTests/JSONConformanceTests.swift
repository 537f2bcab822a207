import AtlasModel
import Foundation
import TestSupport
import Testing

/// JSONTestSuite (../shared/conformance/JSONTestSuite/test_parsing): every `y_` file
/// accepted, every `n_` file rejected with a position, every `i_` file either way
/// without a crash.
@Suite struct JSONConformanceTests {
  @Test func jsonTestSuiteAcceptsValidRejectsInvalidWithPositions() throws {
    guard let folder = PackagePaths.sharedItem("conformance/JSONTestSuite/test_parsing") else { return }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
      .sorted()
    var accepted = (y: 0, n: 0, i: 0)
    var rejected = (y: 0, n: 0, i: 0)
    for name in names {
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      let outcome: Result<Node, ReadError>
      do throws(ReadError) {
        outcome = .success(try JSONReader.value(in: bytes))
      } catch {
        outcome = .failure(error)
      }
      switch (name.first, outcome) {
      case ("y", .success): accepted.y += 1
      case ("y", .failure(let error)):
        rejected.y += 1
        Issue.record("\(name) is valid JSON but was rejected: \(error)")
      case ("n", .success):
        accepted.n += 1
        Issue.record("\(name) is invalid JSON but was accepted")
      case ("n", .failure(let error)):
        rejected.n += 1
        #expect(error.line >= 1 && error.column >= 1, "\(name): \(error)")
      case (_, .success): accepted.i += 1
      case (_, .failure): rejected.i += 1
      }
    }
    print(
      "JSONTestSuite: y_ \(accepted.y)/\(accepted.y + rejected.y) accepted, "
        + "n_ \(rejected.n)/\(accepted.n + rejected.n) rejected with a position, "
        + "i_ \(accepted.i) accepted and \(rejected.i) rejected, none crashed")
    #expect(accepted.y + rejected.y == 95 && accepted.n + rejected.n == 188)
  }
}
