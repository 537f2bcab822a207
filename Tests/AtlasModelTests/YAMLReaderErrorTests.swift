import AtlasModel
import Testing

/// Broken YAML is a `ReadError` at the 1-based place of the problem, in libyaml's words.
@Suite struct YAMLReaderErrorTests {
  @Test(
    "syntax errors point at the offending character",
    arguments: [
      // A tab cannot indent: reported at the tab itself.
      (
        "a:\n\tb: 1\n", 2, 1,
        "found character that cannot start any token (while scanning for the next token)"
      ),
      // An unclosed quote is only noticed at the end; the message says where it began.
      (
        "a: \"abc\nb: 1\n", 3, 1,
        "found unexpected end of stream (while scanning a quoted scalar started at 1:4)"
      ),
      // ` c` is less indented than `b` but more than `a`: no mapping it can belong to.
      (
        "a:\n  b: 1\n c: 2\n", 3, 2,
        "did not find expected key (while parsing a block mapping started at 1:1)"
      ),
      // A key indented under a scalar value.
      ("a: 1\n  b: 2\n", 2, 4, "mapping values are not allowed in this context"),
      (
        "list: [1, 2\nnext: 3\n", 2, 5,
        "did not find expected ',' or ']' (while parsing a flow sequence started at 1:7)"
      ),
      // `*` with no name: the problem is what follows it (the line end), the context the `*`.
      (
        "a: *\n", 1, 5,
        "did not find expected alphabetic or numeric character (while scanning an alias started at 1:4)"
      ),
    ] as [(String, Int, Int, String)])
  func syntaxError(yaml: String, line: Int, column: Int, message: String) {
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values(yaml) }
    #expect(error == ReadError(line: line, column: column, message: message))
  }

  @Test("invalid UTF-8 is refused at the bad byte, counting columns in characters")
  func invalidUTF8() {
    let truncated: [UInt8] = Array("a: 1\nb: café".utf8) + [0xC3] + Array(" x\n".utf8)
    let error = #expect(throws: ReadError.self) { try YAMLReader.documents(in: truncated) }
    // "b: café" is 7 characters; the invalid sequence starts at character 8 and
    // libyaml names its second byte (the space), at character 9.
    #expect(
      error == ReadError(line: 2, column: 9, message: "invalid trailing UTF-8 octet (byte 0x20)"))

    let stray: [UInt8] = Array("\u{FEFF}é: ".utf8) + [0xFF]
    let strayError = #expect(throws: ReadError.self) { try YAMLReader.documents(in: stray) }
    #expect(
      strayError
        == ReadError(line: 1, column: 4, message: "invalid leading UTF-8 octet (byte 0xFF)"))
  }

  @Test("raw control characters are refused with their code point")
  func controlCharacter() {
    let error = #expect(throws: ReadError.self) {
      try YAMLTestInput.values("ok: 1\r\nbad: \u{1B}[31m\n")
    }
    #expect(
      error == ReadError(line: 2, column: 6, message: "control characters are not allowed (U+001B)")
    )
  }

  @Test("an error in a later document still fails the whole read, at its own line")
  func errorInLaterDocument() {
    let error = #expect(throws: ReadError.self) { try YAMLTestInput.values("--- 1\n--- [2\n") }
    #expect(error?.line == 3)
    #expect(error?.column == 1)
  }
}
