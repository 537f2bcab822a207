import AtlasTUI
import CNcurses
import Testing

@testable import AtlasCurses

/// AtlasTUI measures text in pure Swift (`TextWidth`), but ncurses places characters by
/// glibc's `wcwidth`; where they disagree, the backend has to pad or substitute
/// (`GlyphEncoder`). This checks that they agree on every assigned, printable code point
/// of the ranges a catalog plausibly contains. Part of the serialized curses suite
/// because it sets the process locale.
extension CursesScreenTests {
  static let crossCheckedRanges: [ClosedRange<UInt32>] = [
    0x20...0x7E,  // ASCII
    0xA0...0x24F,  // Latin-1, Latin Extended
    0x300...0x36F,  // combining diacritics
    0x370...0x52F,  // Greek, Cyrillic
    0x590...0x6FF,  // Hebrew, Arabic
    0x900...0x97F,  // Devanagari
    0xE00...0xE7F,  // Thai
    0x1100...0x11FF,  // Hangul Jamo
    0x2000...0x206F,  // general punctuation (spaces, joiners, bidi marks)
    0x2190...0x23FF,  // arrows, maths, technical (⌚ ⏰ are wide)
    0x2500...0x27BF,  // box drawing, shapes, dingbats, misc symbols
    0x2E80...0x303F,  // CJK radicals, punctuation
    0x3040...0x30FF,  // kana
    0x4E00...0x4FFF,  // CJK ideographs (a slice)
    0xAC00...0xAD00,  // Hangul syllables (a slice)
    0xFE00...0xFE0F,  // variation selectors
    0xFF00...0xFFEF,  // half- and fullwidth forms
    0x1F300...0x1F6FF,  // emoji pictographs, emoticons, transport
    0x1F900...0x1F9FF,  // supplemental symbols and pictographs
  ]

  /// Known and understood: the Arabic prepended concatenation marks (number sign, year
  /// sign, end of ayah...) are format characters (Cf) that are nevertheless drawn, so
  /// glibc gives them a column; TextWidth gives every Cf but the soft hyphen 0. Harmless
  /// (Swift joins them to the next character in one grapheme, which then measures 1), and
  /// listed here so that any other disagreement fails, and so does fixing this one
  /// without updating the list.
  static let knownDisagreements: Set<UInt32> = [0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD]

  @Test func textWidthAgreesWithGlibcWcwidthOnCatalogRanges() {
    #expect(UTF8Locale.activate(), "no UTF-8 locale: wcwidth would say -1 for all non-ASCII")
    var checked = 0
    var disagreements: [String] = []
    for range in Self.crossCheckedRanges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let category = scalar.properties.generalCategory
        if category == .unassigned || category == .control || category == .privateUse { continue }
        let libc = Int(wcwidth(wchar_t(value)))
        // glibc says -1 for what its (older) Unicode tables do not know yet.
        if libc < 0 { continue }
        checked += 1
        let ours = TextWidth.of(scalar)
        if (ours != libc) != Self.knownDisagreements.contains(value) {
          disagreements.append(
            "U+\(String(value, radix: 16, uppercase: true)) ours \(ours) libc \(libc)")
        }
      }
    }
    #expect(checked > 5_000)
    #expect(
      disagreements.isEmpty, "\(disagreements.count) disagreements: \(disagreements.prefix(40))")
  }
}
