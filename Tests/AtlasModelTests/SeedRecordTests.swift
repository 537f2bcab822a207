import AtlasModel
import Foundation
import TestSupport
import Testing

/// The bundled fixture catalog rebuilds the neighbourhood of the atlas seed record, and
/// printing that record must reproduce ../shared/seed/run-example.json byte for byte.
@Suite struct SeedRecordTests {
  @Test func printingTheSeedRunReproducesTheAtlasPayloadByteForByte() throws {
    guard let seed = PackagePaths.sharedItem("seed/run-example.json") else { return }
    let expected = try String(contentsOf: seed, encoding: .utf8)
    let catalog = try CatalogLoader.load(path: PackagePaths.atlasFixture.path)
    let index = try #require(catalog.index(of: "run:01kqex-example-run-001"))
    let printed = RecordPayload.text(of: index, in: catalog)
    #expect(printed == expected.trimmingSuffixNewline(),
            "differs from the seed at line \(firstDifferentLine(printed, expected))")
  }

  @Test func theFixtureCatalogLoadsCleanlyWithOneDeliberateDanglingEdge() throws {
    let catalog = try CatalogLoader.load(path: PackagePaths.atlasFixture.path)
    #expect(catalog.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    #expect(catalog.clusters.count >= 5)
    #expect(catalog.clusters.allSatisfy { $0.count > 0 })
    let dangling = catalog.diagnostics.filter { $0.category == .dangling }
    #expect(dangling.map(\.recordID) == ["process:example-feature-build"])
  }

  @Test func tenantAcmeScopesSeveralRuns() throws {
    let catalog = try CatalogLoader.load(path: PackagePaths.atlasFixture.path)
    let acme = try #require(catalog.record(id: "tenant:acme"))
    let runs = acme.outgoing.filter { $0.kind == "scopes_runs" }.map(\.to)
    #expect(runs.count >= 2)
    #expect(runs.allSatisfy { catalog.contains(id: $0) })
  }
}
