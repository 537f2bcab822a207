import AtlasBench
import AtlasModel
import Foundation
import TestSupport
import Testing

/// Keeps the generator and the benchmark working: they run end to end on a tiny catalog.
/// Nothing here looks at a time; the figures are only checked for being there.
@Suite struct BenchmarkSmokeTests {
  @Test func theGeneratorIsDeterministicAndWritesYAMLAndNormalizedJSONThatLoadAlike() throws {
    let dir = try TemporaryCatalog([:])
    let a = dir.url.appendingPathComponent("a")
    let b = dir.url.appendingPathComponent("b")
    _ = try BenchmarkRunner.generate(records: 300, seed: 7, into: a)
    _ = try BenchmarkRunner.generate(records: 300, seed: 7, into: b)
    let yamlA = try FolderFingerprint(a.appendingPathComponent("yaml"))
    let yamlB = try FolderFingerprint(b.appendingPathComponent("yaml"))
    #expect(yamlA.entries.filter { !$0.key.isEmpty }.mapValues { $0.split(separator: " ").last } ==
      yamlB.entries.filter { !$0.key.isEmpty }.mapValues { $0.split(separator: " ").last })

    let fromYAML = try CatalogLoader.load(path: a.appendingPathComponent("yaml").path)
    let fromJSON = try CatalogLoader.load(path: a.appendingPathComponent("catalog.json").path)
    #expect(fromYAML.records.count == 300)
    #expect(fromYAML.clusters.count > 1 && fromYAML.kinds.count > 10)
    #expect(fromYAML.diagnostics.allSatisfy { $0.category == .dangling })
    // The JSON file is the YAML catalog's payloads: every record prints the same from both.
    for index in stride(from: 0, to: 300, by: 37) {
      let id = fromYAML.records[index].id
      let jsonIndex = try #require(fromJSON.index(of: id))
      #expect(RecordPayload.text(of: index, in: fromYAML) == RecordPayload.text(of: jsonIndex, in: fromJSON))
    }
  }

  @Test func theBenchmarkMeasuresEveryFigureOnATinyCatalogAndPrintsThem() throws {
    let dir = try TemporaryCatalog([:])
    _ = try BenchmarkRunner.generate(records: 200, seed: 1, into: dir.url)
    let load = try LoadFigures.measure(
      folder: dir.url, runs: 1, peer: { _ in (nil, "skipped in the smoke test") }, rssProbe: { _ in nil })
    #expect(load.records == 200)
    #expect(load.files > 0 && load.yamlBytes > 0 && load.jsonBytes > 0)
    #expect(load.ourYAMLSeconds > 0 && load.floorSeconds > 0)
    let catalog = try CatalogLoader.load(path: dir.url.appendingPathComponent("yaml").path)
    let interaction = InteractionFigures.measure(catalog)
    #expect(interaction.move != nil && interaction.followEdge != nil && interaction.back != nil)
    #expect(interaction.jsonToggle != nil && interaction.filter != nil)
    let results = [BenchmarkRunner.Results(load: load, interaction: interaction, traffic: TrafficFigures())]
    let table = BenchmarkReport.table(results)
    #expect(table.contains("== 200 records"))
    #expect(table.contains("floor: libyaml event scan"))
    let json = try JSONSerialization.jsonObject(with: Data(BenchmarkReport.json(results).utf8)) as? [String: Any]
    let sizes = try #require(json?["sizes"] as? [[String: Any]])
    #expect(sizes.first?["records"] as? Int == 200)
  }
}
