import AtlasModel
import Testing

@Suite struct JSONTextTests {
  @Test func prettyPrintingMatchesJSONStringifyWithTwoSpaces() {
    let value: Value = .object([
      .init("a", .array([.number(1), .string("x"), .null, .bool(true)])),
      .init("empty", .object([])),
      .init("none", .array([])),
      .init("nested", .object([.init("k", .object([.init("z", .number(0.5))]))])),
    ])
    let expected = """
      {
        "a": [
          1,
          "x",
          null,
          true
        ],
        "empty": {},
        "none": [],
        "nested": {
          "k": {
            "z": 0.5
          }
        }
      }
      """
    #expect(JSONText.pretty(value) == expected)
  }

  @Test func stringsEscapeOnlyWhatJSONRequires() {
    let s = "quote\" back\\ slash/ tab\t nl\n cr\r bs\u{8} ff\u{c} esc\u{1b} nul\u{0} del\u{7f} é 中 \u{2028}"
    let expected =
      #""quote\" back\\ slash/ tab\t nl\n cr\r bs\b ff\f esc\u001b nul\u0000 del"# + "\u{7f} é 中 \u{2028}\""
    #expect(JSONText.compact(.string(s)) == expected)
  }

  @Test func keysKeepTheirWrittenOrder() {
    let value: Value = .object([.init("z", .number(1)), .init("a", .number(2)), .init("m", .number(3))])
    #expect(JSONText.compact(value) == #"{"z":1,"a":2,"m":3}"#)
  }
}
