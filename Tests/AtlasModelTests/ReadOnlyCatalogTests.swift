import AtlasModel
import Foundation
import TestSupport
import Testing

/// The catalog belongs to the user: loading it, checking it and printing every record
/// must leave every file and folder exactly as it was.
@Suite struct ReadOnlyCatalogTests {
  @Test func loadingCheckingAndPrintingChangeNothingInTheCatalogFolder() throws {
    let before = try FolderFingerprint(PackagePaths.atlasFixture)
    #expect(before.entries.count > 10)
    let catalog = try CatalogLoader.load(path: PackagePaths.atlasFixture.path)
    _ = CheckReport(catalog).text
    for index in catalog.records.indices { _ = RecordPayload.text(of: index, in: catalog) }
    for file in before.entries.keys where file.hasSuffix(".yaml") {
      _ = FileParse.parse(path: PackagePaths.atlasFixture.appendingPathComponent(file).path)
    }
    let after = try FolderFingerprint(PackagePaths.atlasFixture)
    #expect(after == before)
  }
}
