/// How many terminal columns text takes, in pure Swift so the front end never depends on
/// the C locale (glibc's `wcwidth` answers -1 for all non-ASCII in the C locale).
///
/// Rules, per scalar: nonspacing and enclosing marks, format characters (zero-width
/// space, joiners, bidi controls; but not the soft hyphen, which terminals draw) and
/// Hangul medial vowels and final consonants take 0 columns; East Asian Wide and
/// Fullwidth characters, emoji with emoji presentation included, take 2; everything
/// else takes 1. Control characters take 0 here, but they never reach a cell: the
/// canvas shows them as visible escapes first (`SafeText`).
///
/// A grapheme takes the widest of its scalars, so `e` + U+0301 is 1 column, a Hangul
/// syllable spelt with conjoining jamo is 2, and an emoji ZWJ sequence is 2, as modern
/// terminals draw it.
public enum TextWidth {
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    // Fast path: printable ASCII and Latin-1 (before the combining marks at U+0300).
    if v >= 0x20 && v < 0x300 && !(v >= 0x7F && v < 0xA0) { return 1 }
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator:
      return 0
    default:
      break
    }
    return isWide(v) ? 2 : 1
  }

  public static func of(_ character: Character) -> Int {
    var widest = 0
    for scalar in character.unicodeScalars {
      widest = max(widest, of(scalar))
      if widest == 2 { break }
    }
    return widest
  }

  /// The columns `text` takes, grapheme by grapheme, as drawn raw (no escapes).
  public static func of(_ text: String) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  static func isWide(_ v: UInt32) -> Bool {
    guard v >= 0x1100 else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = wideRanges[mid]
      if v < range.lowerBound {
        high = mid - 1
      } else if v > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}
