import AtlasModel
import Foundation
import TestSupport
import Testing

/// The 39 real atlas records in ../shared/atlas-samples, loaded as a normalized-JSON
/// catalog, must print back exactly as the atlas UI printed them.
@Suite struct AtlasSamplesRoundTripTests {
  @Test func everySamplePrintsBackByteForByte() throws {
    guard let folder = PackagePaths.sharedItem("atlas-samples") else { return }
    let catalog = try CatalogLoader.load(path: folder.path)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(files.count == 39)
    #expect(catalog.records.count == files.count)
    #expect(catalog.diagnostics.filter { $0.severity == .error }.isEmpty)
    for name in files {
      let expected = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let id = try #require(
        (try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [String: Any])?["id"] as? String)
      let index = try #require(catalog.index(of: id), "\(id) not loaded")
      let printed = RecordPayload.text(of: index, in: catalog)
      #expect(
        printed == expected.trimmingSuffixNewline(),
        "\(name) differs; first difference at line \(firstDifferentLine(printed, expected))")
    }
  }
}

extension String {
  func trimmingSuffixNewline() -> String {
    hasSuffix("\n") ? String(dropLast()) : self
  }
}

func firstDifferentLine(_ a: String, _ b: String) -> Int {
  let la = a.split(separator: "\n", omittingEmptySubsequences: false)
  let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
  for i in 0..<min(la.count, lb.count) where la[i] != lb[i] { return i + 1 }
  return min(la.count, lb.count) + 1
}
