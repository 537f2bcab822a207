import AtlasModel
import Testing

/// Anchors, aliases, and the node and depth budgets that keep hostile input cheap.
@Suite struct YAMLAnchorTests {
  @Test("an alias stands for a copy of its anchored scalar or collection")
  func aliasesCopyTheAnchoredNode() throws {
    let yaml = """
      base: &b {x: 1, y: [2, 3]}
      name: &n atlas
      copy: *b
      list: [*n, *b]
      *n : keyed by alias
      """
    let base = Value.object([.init("x", .number(1)), .init("y", .array([.number(2), .number(3)]))])
    #expect(
      try YAMLTestInput.value(yaml)
        == .object([
          .init("base", base), .init("name", .string("atlas")), .init("copy", base),
          .init("list", .array([.string("atlas"), base])),
          .init("atlas", .string("keyed by alias")),
        ]))
  }

  @Test("an alias is placed where it is written; the copied children keep their own lines")
  func aliasPosition() throws {
    let nodes = try YAMLTestInput.nodes("a: &x [1]\nb: *x\n")
    guard case .mapping(let pairs)? = nodes.first?.content, pairs.count == 2,
      case .sequence(let items) = pairs[1].value.content, let item = items.first
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect((pairs[1].value.line, pairs[1].value.column) == (2, 4))
    #expect((item.line, item.column) == (1, 8))
  }

  @Test("a redefined anchor applies to the aliases after it")
  func redefinedAnchor() throws {
    #expect(
      try YAMLTestInput.value("- &a 1\n- *a\n- &a 2\n- *a\n")
        == .array([.number(1), .number(1), .number(2), .number(2)]))
  }

  @Test("an alias to an unknown anchor is an error at the alias")
  func unknownAnchor() {
    let error = #expect(throws: ReadError.self) {
      try YAMLTestInput.values("a: &x 1\nb: [*x, *y]\n")
    }
    #expect(error == ReadError(line: 2, column: 9, message: "unknown anchor 'y' in alias"))
  }

  @Test("anchors do not carry over into the next document")
  func anchorsArePerDocument() {
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values("--- &a 1\n--- *a\n") }
    #expect(error?.line == 2)
    #expect(error?.message == "unknown anchor 'a' in alias")
  }

  @Test("an alias inside the collection it names is refused (no cycles)")
  func recursiveAlias() {
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values("&a [1, *a]\n") }
    #expect(
      error
        == ReadError(
          line: 1, column: 8, message: "alias *a refers to a collection that contains it"))
  }

  @Test("the node budget counts alias expansions: exactly at the limit passes, one over fails")
  func nodeBudgetCountsAliases() throws {
    // Two aliases of [1, 2] (3 nodes each): 6 expanded nodes in all.
    let yaml = "a: &x [1, 2]\nb: *x\nc: *x\n"
    #expect(try YAMLTestInput.values(yaml, limits: ReaderLimits(maxNodes: 6)).count == 1)
    let error = #expect(throws: ReadError.self) {
      try YAMLTestInput.values(yaml, limits: ReaderLimits(maxNodes: 5))
    }
    #expect(
      error == ReadError(line: 3, column: 4, message: "alias expansion exceeds 5 nodes (alias *x)"))
  }

  @Test("nodes written out in the text are not budgeted: file size bounds them")
  func writtenNodesAreNotBudgeted() throws {
    #expect(try YAMLTestInput.values("[1, 2, 3, 4]", limits: ReaderLimits(maxNodes: 4)).count == 1)
  }

  @Test("a billion-laughs alias bomb is refused quickly with the standard limits")
  func aliasBomb() {
    var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    for (previous, name) in zip(names, names.dropFirst()) {
      let refs = Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
      yaml += "\(name): &\(name) [\(refs)]\n"
    }
    let clock = ContinuousClock()
    var error: ReadError?
    let elapsed = clock.measure {
      error = #expect(throws: ReadError.self) { try YAMLTestInput.values(yaml) }
    }
    #expect(error?.message.hasPrefix("alias expansion exceeds 5000000 nodes") == true)
    // Level g already stands for 9^6 + ... > 500k nodes; building even one level would
    // take far longer than this.
    #expect(elapsed < .seconds(1), "took \(elapsed)")
  }

  @Test("nesting up to maxDepth reads, one level more is an error at the deepest start")
  func depthLimit() throws {
    let limit = ReaderLimits.standard.maxDepth
    let ok = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    #expect(try YAMLTestInput.values(ok).count == 1)
    let deep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values(deep) }
    #expect(
      error == ReadError(line: 1, column: limit + 1, message: "nesting deeper than \(limit) levels")
    )
  }

  @Test("100k unclosed brackets are refused without overflowing the stack")
  func hostileDepth() {
    let yaml = String(repeating: "[", count: 100_000)
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values(yaml) }
    #expect(error?.message == "nesting deeper than 256 levels")
  }

  @Test("an alias that would nest its copy beyond maxDepth is refused at the alias")
  func aliasDepth() throws {
    let yaml = "- &x [[1]]\n- [*x]\n"
    #expect(try YAMLTestInput.values(yaml, limits: ReaderLimits(maxDepth: 4)).count == 1)
    let error = #expect(throws: ReadError.self) {
      try YAMLTestInput.values(yaml, limits: ReaderLimits(maxDepth: 3))
    }
    #expect(error == ReadError(line: 2, column: 4, message: "nesting deeper than 3 levels"))
  }

  @Test("deep block nesting is bounded the same way as flow nesting")
  func deepBlockNesting() {
    var yaml = ""
    for level in 0..<300 { yaml += String(repeating: " ", count: level) + "k:\n" }
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values(yaml) }
    // The mapping on line n is nested n deep, so line 257 holds the first one too many.
    #expect(error?.line == 257)
    #expect(error?.message == "nesting deeper than 256 levels")
  }
}
