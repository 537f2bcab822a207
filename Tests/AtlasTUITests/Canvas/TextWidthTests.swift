import Testing

@testable import AtlasTUI

struct TextWidthTests {
  @Test("ASCII and Latin letters take one column")
  func narrow() {
    #expect(TextWidth.of("a" as Character) == 1)
    #expect(TextWidth.of("é" as Character) == 1)
    #expect(TextWidth.of("Ω" as Character) == 1)
    #expect(TextWidth.of("→" as Character) == 1)
  }

  @Test("CJK ideographs, kana, Hangul and fullwidth forms take two columns")
  func eastAsianWide() {
    for ch: Character in ["中", "日", "カ", "한", "Ａ", "。", "\u{20000}", "\u{3FFFD}"] {
      #expect(TextWidth.of(ch) == 2, "\(ch)")
    }
  }

  @Test("Emoji with emoji presentation take two columns, text-default symbols one")
  func emoji() {
    #expect(TextWidth.of("😀" as Character) == 2)
    #expect(TextWidth.of("🚀" as Character) == 2)
    #expect(TextWidth.of("⌚" as Character) == 2)
    #expect(TextWidth.of("☺" as Character) == 1)  // U+263A is text-default (EAW neutral)
    #expect(TextWidth.of("👨‍👩‍👧" as Character) == 2)  // ZWJ sequence: one glyph
  }

  @Test("Combining, enclosing and zero-width scalars take no column")
  func zeroWidth() {
    for v: UInt32 in [0x0301, 0x20DD, 0x200B, 0x200D, 0xFEFF, 0xFE0F, 0x1160, 0x11A8, 0x202E] {
      let scalar = Unicode.Scalar(v).map { TextWidth.of($0) }
      #expect(scalar == 0, "U+\(String(v, radix: 16))")
    }
    #expect(TextWidth.of(Unicode.Scalar(0xAD)) == 1)  // soft hyphen is drawn
  }

  @Test("A grapheme takes the width of its widest scalar")
  func graphemes() {
    #expect(TextWidth.of("e\u{301}" as Character) == 1)
    #expect(TextWidth.of("\u{1100}\u{1161}\u{11A8}" as Character) == 2)  // conjoining jamo
    #expect(TextWidth.of("中\u{301}" as Character) == 2)
  }

  @Test("String width counts columns, not characters")
  func strings() {
    #expect(TextWidth.of("abc") == 3)
    #expect(TextWidth.of("中文") == 2 * 2)
    #expect(TextWidth.of("cafe\u{301}") == 4)
    #expect(TextWidth.of("a😀b") == 4)
  }

  @Test("The wide table is sorted and disjoint, so the binary search is sound")
  func tableIsOrdered() {
    let table = TextWidth.wideRanges
    for (a, b) in zip(table, table.dropFirst()) {
      #expect(a.upperBound < b.lowerBound, "\(a) then \(b)")
    }
    // Every range start and end is found; the code point before a range start is not.
    for range in table {
      #expect(TextWidth.isWide(range.lowerBound))
      #expect(TextWidth.isWide(range.upperBound))
    }
    #expect(!TextWidth.isWide(0x10FF))
    #expect(!TextWidth.isWide(0x1160))
  }
}
