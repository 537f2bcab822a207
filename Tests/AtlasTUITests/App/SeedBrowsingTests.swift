import AtlasModel
import Foundation
import Testing
import TestSupport

@testable import AtlasTUI

/// The browser on the real seed record: the in-code `SeedCatalog` must be a faithful
/// copy of ../shared/seed/run-example.json, and the loaded Fixtures/atlas catalog must
/// browse the same way.
struct SeedBrowsingTests {
  @Test("The in-code seed catalog prints the run exactly as the atlas seed file")
  func builderMatchesSeed() throws {
    guard let seed = PackagePaths.sharedItem("seed/run-example.json") else { return }
    var expected = try String(contentsOf: seed, encoding: .utf8)
    while expected.last == "\n" { expected.removeLast() }
    let catalog = SeedCatalog.make()
    let index = try #require(catalog.index(of: SeedCatalog.runID))
    #expect(RecordPayload.text(of: index, in: catalog) == expected)
  }

  @Test("On the fixture catalog the run lists 17 outgoing and 4 incoming edges, and the JSON view is the payload")
  func fixtureRun() throws {
    let catalog = try CatalogLoader.load(path: PackagePaths.atlasFixture.path)
    var state = AppState(catalog: catalog, screenSize: Size(width: 120, height: 40))
    #expect(state.reveal(recordID: SeedCatalog.runID) == true)
    let detail = try #require(state.selected?.detail)
    let links = (0..<detail.edgeCount).compactMap { detail.link(at: $0) }
    #expect(links.filter { $0.direction == .outgoing }.count == 17)
    #expect(links.filter { $0.direction == .incoming }.count == 4)
    let index = try #require(catalog.index(of: SeedCatalog.runID))
    #expect(state.json == nil)  // made only when the JSON view opens
    _ = state.apply(.toggleRawJSON)
    #expect(state.json?.lines.joined(separator: "\n") == RecordPayload.text(of: index, in: catalog))
    _ = state.apply(.toggleRawJSON)

    // Every edge of the run can be followed, and Back returns to the run each time.
    _ = state.apply(.focusRight)
    _ = state.apply(.focusRight)
    for n in 0..<detail.edgeCount {
      _ = state.apply(.moveToTop)
      for _ in 0..<n { _ = state.apply(.moveDown) }
      let link = try #require(detail.link(at: n))
      _ = state.apply(.open)
      if link.missing {
        #expect(state.message?.kind == .error)
        #expect(state.selectedRecord?.id == SeedCatalog.runID)
      } else {
        #expect(state.selectedRecord?.id == link.otherEnd)
        _ = state.apply(.back)
        #expect(state.selectedRecord?.id == SeedCatalog.runID)
        #expect(state.detail.selected == n)
      }
    }
  }
}
