import AtlasModel
import Foundation

/// Generates (or reuses) the catalogs and gathers every figure for each size.
public struct BenchmarkRunner {
  public var work: URL
  public var runs: Int
  /// This program's path, re-run as `load-rss` to measure peak memory in a fresh process.
  public var executable: String

  public init(work: URL, runs: Int, executable: String) {
    self.work = work
    self.runs = runs
    self.executable = executable
  }

  public struct Results: Sendable {
    public var load: LoadFigures
    public var interaction: InteractionFigures
    public var traffic: TrafficFigures

    public init(load: LoadFigures, interaction: InteractionFigures, traffic: TrafficFigures) {
      self.load = load
      self.interaction = interaction
      self.traffic = traffic
    }
  }

  /// Writes `into/yaml/...` and `into/catalog.json`; returns a one-line description.
  public static func generate(records: Int, seed: UInt64, into folder: URL) throws -> String {
    let fm = FileManager.default
    try? fm.removeItem(at: folder)
    let yaml = folder.appendingPathComponent("yaml")
    try fm.createDirectory(at: yaml, withIntermediateDirectories: true)
    let written = try SyntheticCatalog(records: records, seed: seed).writeYAML(to: yaml)
    let catalog = try CatalogLoader.load(path: yaml.path)
    let jsonBytes = try SyntheticCatalog.writeNormalizedJSON(
      of: catalog, to: folder.appendingPathComponent("catalog.json"))
    return "generated \(catalog.records.count) records in \(written.files) YAML files "
      + "(\(written.bytes) bytes) and catalog.json (\(jsonBytes) bytes) under \(folder.path)"
  }

  public func measure(records: Int) throws -> Results {
    let folder = work.appendingPathComponent("catalog-\(records)")
    let stamp = folder.appendingPathComponent(".complete")
    if !FileManager.default.fileExists(atPath: stamp.path) {
      FileHandle.standardError.write(Data("atlas-bench: generating \(records) records...\n".utf8))
      _ = try Self.generate(records: records, seed: 42, into: folder)
      _ = FileManager.default.createFile(atPath: stamp.path, contents: Data())
    }
    FileHandle.standardError.write(Data("atlas-bench: measuring \(records) records...\n".utf8))
    let load = try LoadFigures.measure(folder: folder, runs: runs, peer: PyYAMLPeer.run, rssProbe: rss)
    let catalog = try CatalogLoader.load(path: folder.appendingPathComponent("yaml").path)
    let interaction = InteractionFigures.measure(catalog)
    // The browser is built beside this program (`swift build -c release` builds both).
    let browser = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("atlas-tui").path
    let traffic = TrafficFigures.measure(browser: browser, catalog: folder.appendingPathComponent("yaml").path)
    return Results(load: load, interaction: interaction, traffic: traffic)
  }

  func rss(_ path: URL) -> Int? {
    let output = Subprocess.output(executable, ["load-rss", path.path])
    return output.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }
}
