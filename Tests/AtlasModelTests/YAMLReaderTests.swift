import AtlasModel
import Testing

/// Scalar styles, tags, document boundaries, encodings and node positions.
@Suite struct YAMLReaderTests {
  @Test("quoted, literal and folded scalars are strings even when they spell a number or bool")
  func nonPlainScalarsAreStrings() throws {
    let yaml = """
      - '12'
      - "true"
      - ''
      - "null"
      - |
        42
      - >-
        3.5
      - 12
      """
    #expect(
      try YAMLTestInput.value(yaml)
        == .array([
          .string("12"), .string("true"), .string(""), .string("null"), .string("42\n"),
          .string("3.5"), .number(12),
        ]))
  }

  @Test("!!str forces a string and the other core tags force their type, whatever the style")
  func coreTagsForceTheirType() throws {
    let yaml = """
      - !!str 12
      - !!str true
      - !!int "12"
      - !!int 0x10
      - !!float 1
      - !!float '2.5'
      - !!bool "false"
      - !!null ''
      - !!null ~
      """
    #expect(
      try YAMLTestInput.value(yaml)
        == .array([
          .string("12"), .string("true"), .number(12), .number(16), .number(1), .number(2.5),
          .bool(false), .null, .null,
        ]))
  }

  @Test("the ! tag keeps a plain scalar a string; unknown tags are ignored")
  func nonSpecificAndUnknownTags() throws {
    let yaml = """
      - ! 12
      - !local 12
      - !!timestamp 2026-01-01
      - !custom "7"
      - !!map {a: 1}
      - !thing [true]
      """
    #expect(
      try YAMLTestInput.value(yaml)
        == .array([
          .string("12"), .number(12), .string("2026-01-01"), .string("7"),
          .object([.init("a", .number(1))]), .array([.bool(true)]),
        ]))
  }

  @Test(
    "a core tag that cannot hold the scalar is an error at the scalar",
    arguments: [
      ("a: !!int abc\n", 1, 4, "cannot read \"abc\" as !!int"),
      ("a: 1\nb: !!float 1.2.3\n", 2, 4, "cannot read \"1.2.3\" as !!float"),
      ("- !!bool yes\n", 1, 3, "cannot read \"yes\" as !!bool"),
      ("- !!null 0\n", 1, 3, "cannot read \"0\" as !!null"),
    ])
  func impossibleTag(yaml: String, line: Int, column: Int, message: String) {
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values(yaml) }
    #expect(error == ReadError(line: line, column: column, message: message))
  }

  @Test("mappings keep key order and turn non-string keys into their text")
  func mappingKeys() throws {
    #expect(
      try YAMLTestInput.value("z: 1\n1: a\ntrue: b\n~: c\na: [x]\n")
        == .object([
          .init("z", .number(1)), .init("1", .string("a")), .init("true", .string("b")),
          .init("null", .string("c")), .init("a", .array([.string("x")])),
        ]))
  }

  @Test("each document of a stream is one node, an explicit empty document is null")
  func multipleDocuments() throws {
    #expect(
      try YAMLTestInput.values("--- 1\n--- [a]\n...\n---\n--- {b: 2}\n")
        == [.number(1), .array([.string("a")]), .null, .object([.init("b", .number(2))])])
  }

  @Test(
    "empty input, blank lines and comment-only input have no documents",
    arguments: [
      "", "\n\n", "# just a comment\n", "  # indented\n# two\n", "\u{FEFF}",
      "\u{FEFF}# bom and comment",
    ])
  func noDocuments(yaml: String) throws {
    #expect(try YAMLTestInput.values(yaml) == [])
  }

  @Test("a UTF-8 byte order mark is skipped and does not shift columns")
  func byteOrderMark() throws {
    let nodes = try YAMLTestInput.nodes("\u{FEFF}a: é\nb: 2\n")
    #expect(nodes.map(\.value) == [.object([.init("a", .string("é")), .init("b", .number(2))])])
    guard case .mapping(let pairs)? = nodes.first?.content, pairs.count == 2 else {
      Issue.record("expected a two-key mapping")
      return
    }
    #expect((pairs[0].key.line, pairs[0].key.column) == (1, 1))
    #expect((pairs[1].value.line, pairs[1].value.column) == (2, 4))
  }

  @Test("CRLF line ends read like LF, in values, block scalars and line numbers")
  func crlf() throws {
    let nodes = try YAMLTestInput.nodes("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: 'p\r\n  q'\r\n")
    #expect(
      nodes.map(\.value) == [
        .object([.init("a", .number(1)), .init("b", .string("x\ny\n")), .init("c", .string("p q"))])
      ])
    guard case .mapping(let pairs)? = nodes.first?.content, pairs.count == 3 else {
      Issue.record("expected a three-key mapping")
      return
    }
    #expect((pairs[2].key.line, pairs[2].key.column) == (5, 1))
  }

  @Test("nodes carry the 1-based line and column where they start")
  func nodePositions() throws {
    let yaml = """
      # header
      records:
        - id: one
          tags: [a, "b"]
      """
    let nodes = try YAMLTestInput.nodes(yaml)
    let root = try #require(nodes.first)
    #expect((root.line, root.column) == (2, 1))
    guard case .mapping(let top) = root.content, let records = top.first?.value,
      case .sequence(let items) = records.content, let record = items.first,
      case .mapping(let fields) = record.content, fields.count == 2,
      case .sequence(let tags) = fields[1].value.content, tags.count == 2
    else {
      Issue.record("unexpected shape: \(nodes.map(\.value))")
      return
    }
    #expect((records.line, records.column) == (3, 3))
    #expect((record.line, record.column) == (3, 5))
    #expect((fields[0].value.line, fields[0].value.column) == (3, 9))
    #expect((fields[1].key.line, fields[1].key.column) == (4, 5))
    #expect((fields[1].value.line, fields[1].value.column) == (4, 11))
    #expect((tags[1].line, tags[1].column) == (4, 15))
  }

  @Test("strings keep embedded NUL and non-ASCII text exactly")
  func exactText() throws {
    #expect(
      try YAMLTestInput.value("- \"a\\0b\"\n- 日本語 ✓\n- \"\\u00e9\\t\"\n")
        == .array([.string("a\u{0}b"), .string("日本語 ✓"), .string("é\t")]))
  }
}
