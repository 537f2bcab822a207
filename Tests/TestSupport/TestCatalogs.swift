import AtlasModel

/// Small catalogs built in code for tests that need particular shapes.
public enum TestCatalogs {
  /// `clusters` clusters named c00, c01, …, each with `perCluster` records `r:cNN-MMM`;
  /// every record links to the next one in its cluster (the last to nothing).
  public static func grid(clusters: Int, perCluster: Int) -> Catalog {
    var records: [Record] = []
    for c in 0..<clusters {
      let cluster = "c" + twoDigits(c)
      for r in 0..<perCluster {
        let id = "r:\(cluster)-\(threeDigits(r))"
        let next = r + 1 < perCluster ? [Edge(from: id, to: "r:\(cluster)-\(threeDigits(r + 1))", kind: "next")] : []
        records.append(
          Record(
            id: id, kind: "R", file: "\(cluster)/r.yaml", cluster: cluster,
            attributes: [Value.Member("name", .string("Record \(r)"))], outgoing: next,
            location: SourceLocation(file: "\(cluster)/r.yaml", line: r + 1, column: 1)))
      }
    }
    return Catalog(root: "/fixtures/grid", records: records, diagnostics: [], fileCount: clusters)
  }

  /// Records whose text tries to break the screen: controls, escape sequences, bidi
  /// overrides, line separators, wide and combining characters, invalid UTF-8.
  public static func hostile() -> Catalog {
    let invalid = String(decoding: [0x62, 0x61, 0x64, 0xC3, 0x28, 0xFF], as: UTF8.self)
    let evilID = "x:\u{1B}[2J\u{1B}]0;pwned\u{07}"
    let record = Record(
      id: evilID, kind: "Evil\u{202E}txt", file: "odd/\u{9B}31m.yaml", cluster: "odd",
      attributes: [
        Value.Member("displayName", .string("line1\nline2\r\tend")),
        Value.Member("bidi", .string("abc\u{2066}def\u{2069}\u{202E}ghi")),
        Value.Member("separators", .string("a\u{2028}b\u{2029}c\u{85}d")),
        Value.Member("wide", .string("中文字符 😀 e\u{301} \u{301}lone")),
        Value.Member("invalid", .string(invalid)),
        Value.Member("zero\u{200B}width", .string("\u{FEFF}bom")),
      ],
      outgoing: [Edge(from: evilID, to: "y:\u{1B}[31mred", kind: "points\tat")],
      location: SourceLocation(file: "odd/x.yaml", line: 1, column: 1))
    let neighbour = Record(
      id: "y:\u{1B}[31mred", kind: "Y", file: "odd/y.yaml", cluster: "odd\u{0}null",
      outgoing: [Edge(from: "y:\u{1B}[31mred", to: evilID, kind: "back")],
      location: SourceLocation(file: "odd/y.yaml", line: 1, column: 1))
    return Catalog(root: "/tmp/\u{1B}[7mroot", records: [record, neighbour], diagnostics: [], fileCount: 2)
  }

  private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  private static func threeDigits(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
}
