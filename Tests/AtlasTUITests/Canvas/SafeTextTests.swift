import Testing

@testable import AtlasTUI

struct SafeTextTests {
  private func shown(_ s: String) -> String { SafeText.glyphs(s).map(\.text).joined() }
  private func escapedMask(_ s: String) -> String {
    String(SafeText.glyphs(s).map { $0.escaped ? "E" : "." })
  }

  @Test("Printable text passes through unchanged and unescaped")
  func plain() {
    #expect(shown("run:01kqex-example") == "run:01kqex-example")
    #expect(shown("中文 😀 café") == "中文 😀 café")
    #expect(!SafeText.glyphs("abc 中").contains(where: { $0.escaped }))
  }

  @Test("Newline, return, tab, NUL and ESC become short backslash escapes")
  func shortEscapes() {
    #expect(shown("a\nb") == "a\\nb")
    #expect(shown("a\rb") == "a\\rb")
    #expect(shown("a\r\nb") == "a\\r\\nb")  // one Character in Swift, two escapes
    #expect(shown("a\tb") == "a\\tb")
    #expect(shown("\u{0}") == "\\0")
    #expect(shown("\u{1B}[31mred") == "\\e[31mred")
    #expect(escapedMask("a\nb") == ".EE.")
  }

  @Test("Other controls, DEL, C1, line separators and bidi controls become \\u{HEX}")
  func unicodeEscapes() {
    #expect(shown("\u{7}") == "\\u{7}")
    #expect(shown("\u{7F}") == "\\u{7F}")
    #expect(shown("\u{85}") == "\\u{85}")
    #expect(shown("\u{9B}") == "\\u{9B}")
    #expect(shown("a\u{2028}b\u{2029}") == "a\\u{2028}b\\u{2029}")
    #expect(shown("\u{202E}evil") == "\\u{202E}evil")
    #expect(shown("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
    #expect(shown("\u{200F}") == "\\u{200F}")
  }

  @Test("Invisible zero-width characters on their own are shown as escapes")
  func invisible() {
    #expect(shown("a\u{200B}b") == "a\\u{200B}b")
    #expect(shown("\u{FEFF}id") == "\\u{FEFF}id")
  }

  @Test("Joiners, soft hyphens, tags and variation selectors inside words are escaped, so look-alike ids differ")
  func invisibleInsideWords() {
    #expect(shown("ac\u{200D}me") == "ac\\u{200D}me")
    #expect(shown("ac\u{200C}me") == "ac\\u{200C}me")
    #expect(shown("a\u{034F}b") == "a\\u{34F}b")
    #expect(shown("a\u{FE0F}") == "a\\u{FE0F}")
    #expect(shown("a\u{AD}b") == "a\\u{AD}b")
    #expect(shown("a\u{E0041}") == "a\\u{E0041}")
    #expect(shown("tenant:acme") != shown("tenant:ac\u{200D}me"))
  }

  @Test("A grapheme a cell cannot hold whole (a flag, an emoji ZWJ family) is drawn scalar by scalar, nothing dropped")
  func multiScalarGraphemes() {
    let flag = SafeText.glyphs("🇯🇵")
    #expect(flag.map(\.text) == ["🇯", "🇵"])
    let family = shown("👨\u{200D}👩\u{200D}👧")
    #expect(family == "👨\\u{200D}👩\\u{200D}👧")
    #expect(shown("e\u{301}") == "e\u{301}")  // a base and its combining mark stay one glyph
  }

  @Test("A combining mark with no base sits on a dotted circle; with a base it stays")
  func combining() {
    #expect(shown("\u{301}x") == "\u{25CC}\u{301}x")
    #expect(shown("e\u{301}") == "e\u{301}")
    #expect(SafeText.glyphs("e\u{301}").count == 1)
  }

  @Test("The replacement character from invalid UTF-8 is kept but marked escaped")
  func replacement() {
    let bytes: [UInt8] = [0x61, 0xFF, 0x62]
    let decoded = String(decoding: bytes, as: UTF8.self)
    #expect(shown(decoded) == "a\u{FFFD}b")
    #expect(escapedMask(decoded) == ".E.")
  }

  @Test("Display width counts escapes at their drawn width")
  func width() {
    #expect(SafeText.width(of: "a\nb") == 4)
    #expect(SafeText.width(of: "中x") == 3)
    #expect(SafeText.width(of: "\u{202E}") == 8)
  }

  @Test("No glyph ever carries a control character")
  func noControlsSurvive() {
    var hostile = ""
    for v in Array(0...0x20) + Array(0x7F...0xA0) + [0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069] {
      if let scalar = Unicode.Scalar(UInt32(v)) { hostile.unicodeScalars.append(scalar) }
      hostile += "\u{301}"
    }
    for glyph in SafeText.glyphs(hostile) {
      for scalar in glyph.text.unicodeScalars {
        #expect(!SafeText.needsEscape(scalar), "U+\(String(scalar.value, radix: 16)) survived")
      }
      #expect(glyph.width == 1 || glyph.width == 2)
    }
  }
}
