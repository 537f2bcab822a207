import AtlasModel
import Testing

@Suite struct JSONReaderTests {
  func parse(_ text: String) throws(ReadError) -> Node {
    try JSONReader.value(in: Array(text.utf8))
  }

  @Test func keepsKeyOrderAndPositions() throws {
    let node = try parse("{\n  \"b\": 1,\n  \"a\": [true, null, \"é\"]\n}")
    #expect(JSONText.compact(node.value) == #"{"b":1,"a":[true,null,"é"]}"#)
    guard case .mapping(let pairs) = node.content else {
      Issue.record("not a mapping")
      return
    }
    #expect((pairs[1].key.line, pairs[1].key.column) == (3, 3))
    #expect((pairs[1].value.line, pairs[1].value.column) == (3, 8))
  }

  @Test func columnsCountCharactersNotBytes() {
    #expect(throws: ReadError(line: 1, column: 10, message: "expected ',' or '}' in an object")) {
      try parse(#"{"é":"中" x}"#)
    }
  }

  @Test(arguments: [
    ("[1,]", 1, 4), ("{\"a\":1,}", 1, 8), ("[01]", 1, 3), ("\"\t\"", 1, 2), ("[1] x", 1, 5),
    ("{\"a\" 1}", 1, 6), ("\"\\ud800\"", 1, 8), ("[\n  tru]", 2, 3), ("", 1, 1), ("[", 1, 2),
  ])
  func rejectsInvalidJSONWithItsPosition(text: String, line: Int, column: Int) {
    do {
      _ = try parse(text)
      Issue.record("accepted invalid JSON: \(text)")
    } catch {
      #expect((error.line, error.column) == (line, column), "\(text): \(error)")
    }
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let node = try parse(#""a\/b\u00e9\ud83d\ude00\n""#)
    #expect(node.value == .string("a/bé😀\n"))
  }

  @Test func refusesNestingBeyondTheDepthLimit() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: ReadError.self) { try parse(deep) }
  }

  @Test func acceptsAByteOrderMark() throws {
    #expect(try JSONReader.value(in: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).value == .array([.number(1)]))
  }

  @Test func rejectsInvalidUTF8InStrings() {
    #expect(throws: ReadError.self) { try JSONReader.value(in: Array("\"a".utf8) + [0xC3, 0x28, 0x22]) }
  }

  @Test func readsJSONLinesOneValuePerLine() throws {
    let nodes = try JSONReader.lines(in: Array("{\"a\":1}\n\n[2]\r\n\"x\"\n".utf8))
    #expect(nodes.map { JSONText.compact($0.value) } == [#"{"a":1}"#, "[2]", #""x""#])
    #expect(nodes.map(\.line) == [1, 3, 4])
  }

  @Test func jsonLinesRejectsTwoValuesOnOneLine() {
    #expect(throws: ReadError.self) { try JSONReader.lines(in: Array("{} {}\n".utf8)) }
  }
}
