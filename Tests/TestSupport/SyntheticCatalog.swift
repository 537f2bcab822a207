import AtlasModel

extension TestCatalogs {
  /// `count` records spread over 40 clusters, with ids like `skill:amber-delta-000123`
  /// and names of three words, made by a fixed pseudo-random sequence (the same catalog
  /// every run). For timing and for checking search against a brute-force answer.
  public static func synthetic(count: Int, seed: UInt64 = 0x5EED) -> Catalog {
    let kinds = ["skill", "run", "agent", "tool", "dataset", "model", "issue", "tenant"]
    let words = [
      "amber", "delta", "river", "quartz", "north", "ember", "lumen", "cobalt", "maple", "orbit",
      "sable", "tidal", "vapor", "willow", "zephyr", "Åsa", "Émile", "straße", "alpha", "beta",
    ]
    var state = seed
    func next(_ bound: Int) -> Int {
      // SplitMix64: small, well mixed, and fixed, so the catalog never changes.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    var records: [Record] = []
    records.reserveCapacity(count)
    for n in 0..<count {
      let kind = kinds[next(kinds.count)]
      let digits = String(n)
      let id = "\(kind):\(words[next(words.count)])-\(words[next(words.count)])-"
        + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
      let name = "\(words[next(words.count)].capitalized) \(words[next(words.count)]) \(words[next(words.count)])"
      let cluster = "c" + String(n % 40)
      records.append(
        Record(
          id: id, kind: kind.capitalized, file: "\(cluster)/\(n).yaml", cluster: cluster,
          attributes: [Value.Member("displayName", .string(name))],
          location: SourceLocation(file: "\(cluster)/\(n).yaml", line: 1, column: 1)))
    }
    return Catalog(root: "/synthetic", records: records, diagnostics: [], fileCount: count)
  }
}
