/// Turns untrusted text into glyphs that are safe to put in cells: nothing that could
/// move the cursor, change the terminal's state, reorder the line, or hide itself.
///
/// The convention (Swift string-literal escapes, drawn with role `.escaped` so they stand
/// apart from a literal backslash in the data):
/// - `\n`, `\r`, `\t` (tabs are shown, not expanded: expansion depends on the column and
///   would make a value's width change with its position), `\0`, and `\e` for ESC, so an
///   escape sequence shows as `\e[31m`, inert;
/// - every other C0 control, DEL, C1 control, U+2028/U+2029 and the bidi controls
///   (U+061C, U+200E/F, U+202A–202E, U+2066–2069) as `\u{HEX}`;
/// - a grapheme that would take no column on its own (a lone zero-width space, joiner,
///   BOM, variation selector) as `\u{HEX}` per scalar, so invisible characters stay visible;
/// - invisible format characters wherever they are (zero-width joiner and non-joiner,
///   soft hyphen, tag characters, variation selectors, the combining grapheme joiner,
///   Hangul fillers) as `\u{HEX}`: two ids that differ only by one must not look alike;
/// - a grapheme whose later scalars are not combining marks (a flag's two regional
///   indicators, an emoji with a skin-tone modifier) is drawn scalar by scalar, since a
///   terminal cell holds a base character and its marks only: nothing is dropped;
/// - a combining mark with no base (at the start of text) on a dotted circle `◌`, as
///   Unicode charts show it;
/// - U+FFFD (what invalid UTF-8 became when it was decoded) kept, but marked escaped.
public enum SafeText {
  /// One drawable piece: a grapheme of 1 or 2 columns, never a control character.
  public struct Glyph: Hashable, Sendable {
    public var text: String
    public var width: Int
    /// True for the pieces of a visible escape (and U+FFFD).
    public var escaped: Bool
  }

  public static func glyphs(_ text: String) -> [Glyph] {
    var out: [Glyph] = []
    out.reserveCapacity(text.utf8.count)
    for character in text { appendGlyphs(of: character, to: &out) }
    return out
  }

  /// The glyphs of one grapheme, appended to `out`. Callers that only need the start of a
  /// long text (a pane shows a few dozen columns of a multi-megabyte value) go character
  /// by character with this and stop once they have enough.
  public static func appendGlyphs(of character: Character, to out: inout [Glyph]) {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
      out.append(Glyph(text: String(character), width: 1, escaped: false))
    } else if character.unicodeScalars.contains(where: needsEscape) {
      // Escape the dangerous scalars; whatever safe scalars share their grapheme
      // (e.g. "\r\n" is one Character) are drawn on their own.
      var pending = String.UnicodeScalarView()
      for scalar in character.unicodeScalars {
        if needsEscape(scalar) {
          appendSafe(String(pending), to: &out)
          pending = String.UnicodeScalarView()
          appendEscape(for: scalar, to: &out)
        } else {
          pending.append(scalar)
        }
      }
      appendSafe(String(pending), to: &out)
    } else {
      appendSafe(String(character), to: &out)
    }
  }

  /// The columns `text` takes once made safe (escapes are wider than what they replace).
  public static func width(of text: String) -> Int {
    var total = 0
    for character in text { total += width(of: character) }
    return total
  }

  /// Like `width(of:)`, but stops counting once past `limit` and returns what it has
  /// then (some value above `limit`), so measuring a huge value costs no more than what
  /// is shown of it.
  public static func width(of text: String, upTo limit: Int) -> Int {
    var total = 0
    for character in text {
      total += width(of: character)
      if total > limit { break }
    }
    return total
  }

  /// The columns one grapheme takes once made safe.
  public static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
    var glyphs: [Glyph] = []
    appendGlyphs(of: character, to: &glyphs)
    return glyphs.reduce(0) { $0 + $1.width }
  }

  /// Controls, line/paragraph separators, bidi controls and invisible characters:
  /// never drawn raw.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    switch v {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x2028, 0x2029: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    // Invisible but not format characters: the combining grapheme joiner, variation
    // selectors, Hangul fillers, the braille blank.
    case 0x034F, 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800: return true
    case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x5FF: return false  // common text: skip the lookup
    default: return scalar.properties.generalCategory == .format
    }
  }

  private static func appendSafe(_ text: String, to out: inout [Glyph]) {
    for character in text {
      let scalars = character.unicodeScalars
      if scalars.count > 1, !scalars.dropFirst().allSatisfy(isMark) {
        for scalar in scalars { appendSafe(String(scalar), to: &out) }
        continue
      }
      let width = TextWidth.of(character)
      let startsWithMark = character.unicodeScalars.first.map(isMark) ?? false
      if startsWithMark {
        out.append(Glyph(text: "\u{25CC}" + String(character), width: max(1, width), escaped: false))
      } else if width == 0 {
        for scalar in character.unicodeScalars { appendEscape(for: scalar, to: &out) }
      } else {
        let replacement = character == "\u{FFFD}"
        out.append(Glyph(text: String(character), width: width, escaped: replacement))
      }
    }
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  private static func appendEscape(for scalar: Unicode.Scalar, to out: inout [Glyph]) {
    let text: String
    switch scalar.value {
    case 0x0A: text = "\\n"
    case 0x0D: text = "\\r"
    case 0x09: text = "\\t"
    case 0x00: text = "\\0"
    case 0x1B: text = "\\e"
    default: text = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
    for character in text {
      out.append(Glyph(text: String(character), width: 1, escaped: true))
    }
  }
}
