import AtlasTUI
import CNcurses

/// Turns a canvas cell into the characters curses stores for it.
///
/// ncurses places each character by its own idea of the width (`wcwidth`), so if that
/// disagrees with the width the canvas gave the cell, every later cell in the row would
/// shift. The encoder keeps them in step: it returns text whose `wcwidth` adds up to the
/// cell's width, substituting U+FFFD for what cannot fit and padding with a blank when the
/// C library thinks a character is narrower than the canvas does.
enum GlyphEncoder {
  static let replacement: wchar_t = 0xFFFD
  static let space: wchar_t = 0x20

  /// One or two glyphs (the second is a padding blank), each as the NUL-terminated wide
  /// string `setcchar` takes: a spacing character then up to four combining ones.
  static func glyphs(for cell: Cell) -> [[wchar_t]] {
    let scalars = Array(cell.text.unicodeScalars)
    guard let base = scalars.first else { return [[space, 0]] }
    let wanted = cell.width >= 2 ? 2 : 1
    var first: [wchar_t]
    let baseWidth = columns(of: base)
    switch (wanted, baseWidth) {
    case (1, 1), (2, 2):
      first = [wchar_t(base.value)] + marks(after: scalars)
    case (_, 0):
      // A lone combining mark: give it a blank to sit on, as terminals show it.
      first = [space, wchar_t(base.value)] + marks(after: scalars)
    case (2, 1):
      first = [wchar_t(base.value)] + marks(after: scalars)
    default:
      // Unprintable in this locale (-1), or wide where the canvas left one column.
      first = [replacement]
    }
    first = Array(first.prefix(Int(CCHARW_MAX))) + [0]
    let firstWidth = max(columns(ofFirst: first), 1)
    return firstWidth < wanted ? [first, [space, 0]] : [first]
  }

  /// The zero-width scalars that follow the base (combining marks, variation selectors,
  /// joiners), up to the first one that takes space: curses keeps only those in a cell.
  private static func marks(after scalars: [Unicode.Scalar]) -> [wchar_t] {
    var result: [wchar_t] = []
    for scalar in scalars.dropFirst() {
      guard columns(of: scalar) == 0 else { break }
      result.append(wchar_t(scalar.value))
    }
    // A joiner with nothing after it to join would only confuse the terminal.
    if result.last == 0x200D { result.removeLast() }
    return result
  }

  static func columns(of scalar: Unicode.Scalar) -> Int {
    Int(wcwidth(wchar_t(scalar.value)))
  }

  private static func columns(ofFirst glyph: [wchar_t]) -> Int {
    guard let base = glyph.first else { return 0 }
    return Int(wcwidth(base))
  }
}
