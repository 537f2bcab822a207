import AtlasModel
import Foundation

/// Load-time figures for one catalog size (see Benchmarks/README.md for each one's meaning).
public struct LoadFigures: Sendable {
  public var records = 0
  public var files = 0
  public var yamlBytes = 0
  public var jsonBytes = 0
  public var ourYAMLSeconds = 0.0
  public var ourYAMLOneCoreSeconds = 0.0
  public var ourJSONSeconds = 0.0
  public var floorSeconds = 0.0
  public var floorOneCoreSeconds = 0.0
  public var peerSeconds: Double?
  public var peerNote = ""
  public var peakRSSBytes: Int?

  public init() {}

  /// Measures loading the generated catalog in `folder` (YAML under `yaml/`, JSON in
  /// `catalog.json`). `rssProbe` runs a fresh process that loads once and reports its
  /// peak memory, so earlier measurements do not inflate it.
  public static func measure(
    folder: URL, runs: Int, peer: (URL) -> (Double?, String), rssProbe: (URL) -> Int?
  ) throws -> LoadFigures {
    var f = LoadFigures()
    let yaml = folder.appendingPathComponent("yaml")
    let json = folder.appendingPathComponent("catalog.json")
    let files = CatalogFiles.yamlFiles(under: yaml)
    f.files = files.count
    f.yamlBytes = CatalogFiles.totalBytes(files)
    f.jsonBytes = CatalogFiles.totalBytes([json])

    var loaded: Catalog?
    f.ourYAMLSeconds = try timedLoads(runs) { try CatalogLoader.load(path: yaml.path) }
    f.ourYAMLOneCoreSeconds = try timedLoads(runs) { try CatalogLoader.load(path: yaml.path, parallel: false) }
    f.ourJSONSeconds = try timedLoads(runs) {
      let catalog = try CatalogLoader.load(path: json.path)
      loaded = catalog
      return catalog
    }
    f.records = loaded?.records.count ?? 0
    loaded = nil

    // The floor reads the same files in the same process, and scans them with libyaml
    // on both cores (as our loader does) and on one.
    f.floorSeconds = Stopwatch.median(runs: runs) { _ = scan(files, parallel: true) }
    f.floorOneCoreSeconds = Stopwatch.median(runs: runs) { _ = scan(files, parallel: false) }
    (f.peerSeconds, f.peerNote) = peer(yaml)
    f.peakRSSBytes = rssProbe(yaml)
    return f
  }

  /// Median time of `load`, not counting the release of the previous run's catalog: a
  /// browser keeps its catalog, so freeing one is not part of loading it.
  static func timedLoads(_ runs: Int, _ load: () throws -> Catalog) throws -> Double {
    var times: [Double] = []
    for _ in 0..<max(1, runs) {
      var kept: Catalog?
      times.append(try Stopwatch.seconds { kept = try load() })
      withExtendedLifetime(kept) {}
      kept = nil
    }
    return Percentile.of(times, 50)
  }

  static func scan(_ files: [URL], parallel: Bool) -> Int {
    let counts = ResultSlots<Int>(count: files.count)
    let work: @Sendable (Int) -> Void = { i in
      if let data = FileManager.default.contents(atPath: files[i].path) {
        counts.set(i, LibyamlScan.events(in: [UInt8](data)))
      }
    }
    if parallel {
      DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
    } else {
      for i in files.indices { work(i) }
    }
    return counts.values.reduce(0, +)
  }
}
