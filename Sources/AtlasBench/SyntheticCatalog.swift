import AtlasModel
import Foundation

/// Writes a synthetic catalog shaped like the atlas: about 12 clusters, 40 kinds, records
/// spread over files of 1 to 50 records in nested folders, about 8 attributes of mixed
/// types each and about 6 outgoing edges (a third with attributes, about 3% pointing at
/// records that do not exist). Deterministic for a given seed.
public struct SyntheticCatalog {
  public var records: Int
  public var seed: UInt64

  public init(records: Int, seed: UInt64 = 42) {
    self.records = records
    self.seed = seed
  }

  static let clusters = [
    "lifecycle", "orchestration", "integrations", "governance", "metering", "tenancy",
    "tracking", "hooks", "tools", "agents", "catalog-meta", "experiments",
  ]
  static let kindPrefixes = [
    "run", "run-attempt", "invocation", "lifecycle-state", "state-machine", "async-job",
    "resume-token", "dispatch-preflight", "reconciliation", "process", "issue", "compliance",
    "usage-record", "tenant", "hook-surface", "hook-mapping", "tool-descriptor", "agent",
    "subagent", "channel", "human-checkpoint", "breakpoint-answer", "orch-primitive", "claim",
    "experiment", "definition", "meta-node-kind", "meta-attribute", "meta-cluster", "policy",
    "budget", "model", "provider", "workspace", "artifact", "secret-ref", "queue", "schedule",
    "alert", "dashboard",
  ]
  static let edgeKinds = [
    "in_state", "governed_by", "spawned_invocation", "uses_async_job", "issues_resume_token",
    "has_preflight", "triggered_by", "complies_with", "records_usage", "scopes_runs", "composes",
    "emits_hook", "dispatched_via_tool", "notifies_via", "defined_on", "contains",
  ]

  /// The id of record `n`: its kind follows from n, so ids are known without a table.
  func id(_ n: Int) -> String {
    let prefix = Self.kindPrefixes[n % Self.kindPrefixes.count]
    return "\(prefix):syn-\(String(n, radix: 36))"
  }

  /// Writes the YAML catalog under `folder` and returns (files, bytes) written.
  @discardableResult
  public func writeYAML(to folder: URL) throws -> (files: Int, bytes: Int) {
    var rng = SplitMix64(seed: seed)
    var n = 0
    var fileNumber = 0
    var totalBytes = 0
    let fm = FileManager.default
    while n < records {
      let count = min(1 + rng.below(50), records - n)
      let cluster = Self.clusters[rng.below(Self.clusters.count)]
      let sub = "group-\(rng.below(8))/part-\(rng.below(4))"
      let dir = folder.appendingPathComponent(cluster).appendingPathComponent(sub)
      try fm.createDirectory(at: dir, withIntermediateDirectories: true)
      var text = "# synthetic catalog file \(fileNumber)\n"
      for i in 0..<count {
        text += recordYAML(n + i, rng: &rng)
      }
      let data = Data(text.utf8)
      try data.write(to: dir.appendingPathComponent(String(format: "file-%06d.yaml", fileNumber)))
      totalBytes += data.count
      n += count
      fileNumber += 1
    }
    return (fileNumber, totalBytes)
  }

  func recordYAML(_ n: Int, rng: inout SplitMix64) -> String {
    var out = "- id: \(id(n))\n"
    out += "  displayName: \(quoted("Synthetic record \(n) " + Self.words[rng.below(Self.words.count)]))\n"
    out += "  status: \(["draft", "running", "waiting", "completed"][rng.below(4)])\n"
    out += "  priority: \(rng.below(1000))\n"
    out += "  ratio: \(JSNumberFormat.string(Double(rng.below(100_000)) / 1000))\n"
    out += "  enabled: \(rng.chance(50) ? "true" : "false")\n"
    out += "  archivedAt: null\n"
    out += "  tags: [\(quoted("t\(rng.below(20))")), \(quoted("t\(rng.below(20))"))]\n"
    out += "  limits:\n    maxTokens: \(rng.below(200_000))\n    region: \(quoted(Self.words[rng.below(Self.words.count)]))\n"
    out += "  description: |\n    Synthetic description for record \(n).\n    Second line with non-ASCII: \(Self.words[rng.below(Self.words.count)]).\n"
    let edgeCount = 3 + rng.below(7)  // 3...9, about 6 on average
    out += "  edges:\n"
    for _ in 0..<edgeCount {
      let target: String
      if rng.chance(3) {
        target = "missing:syn-\(String(rng.below(1_000_000), radix: 36))"
      } else {
        target = id(rng.below(records))
      }
      out += "    - kind: \(Self.edgeKinds[rng.below(Self.edgeKinds.count)])\n      to: \(quoted(target))\n"
      if rng.below(3) == 0 {
        out += "      attributes: {weight: \(rng.below(10)), note: \(quoted("w"))}\n"
      }
    }
    return out
  }

  static let words = ["alpha", "Zoë", "Ångström", "東京", "naïve", "café", "δέλτα", "omega", "🚀 launch", "plain"]

  /// A YAML double-quoted scalar; JSON's string escapes are valid YAML escapes.
  func quoted(_ s: String) -> String {
    var out = ""
    JSONText.appendQuoted(s, to: &out)
    return out
  }

  /// Writes every record of a loaded catalog as one normalized JSON file (an array of
  /// payloads, as the atlas UI prints them), returning the bytes written.
  public static func writeNormalizedJSON(of catalog: Catalog, to file: URL) throws -> Int {
    var text = "["
    for index in catalog.records.indices {
      text += index == 0 ? "\n" : ",\n"
      text += RecordPayload.text(of: index, in: catalog)
    }
    text += "\n]\n"
    let data = Data(text.utf8)
    try data.write(to: file)
    return data.count
  }
}
