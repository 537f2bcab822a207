import AtlasTUI
import CNcurses

/// Hands out curses colour pairs for (foreground, background) combinations, one the first
/// time a combination is drawn (NOTES P12). Pairs are a small numbered resource that
/// `init_pair` fills; a theme uses a dozen combinations, so allocating lazily and caching
/// is simpler than htop's pre-built grid and never runs out in practice. If it does, or the
/// terminal has no colour, drawing falls back to the default pair and keeps the attributes.
final class ColorPairs {
  /// False when the terminal has no colour (or `start_color` failed): everything is pair 0.
  let isEnabled: Bool
  private let colorCount: Int
  /// `use_default_colors` succeeded, so -1 means "the terminal's own colour".
  private let hasDefaultColors: Bool
  private let pairLimit: Int
  private var pairs: [Key: Int16] = [:]
  private var nextPair = 1

  private struct Key: Hashable {
    var foreground: Int
    var background: Int
  }

  /// Call after `newterm`: starts colour when the terminal has it.
  init() {
    guard has_colors(), start_color() == OK else {
      isEnabled = false
      colorCount = 0
      hasDefaultColors = false
      pairLimit = 0
      return
    }
    isEnabled = true
    hasDefaultColors = use_default_colors() == OK
    colorCount = Int(atlas_colors())
    // setcchar takes the pair as a short.
    pairLimit = min(Int(atlas_color_pairs()), Int(Int16.max))
  }

  /// The pair to draw `foreground` on `background` with; 0 (the terminal's defaults) when
  /// colour is off or pairs ran out.
  func pair(foreground: Style.Color, background: Style.Color) -> Int16 {
    guard isEnabled else { return 0 }
    let key = Key(
      foreground: resolve(foreground, fallback: Int(COLOR_WHITE)),
      background: resolve(background, fallback: Int(COLOR_BLACK)))
    if key.foreground == -1 && key.background == -1 { return 0 }
    if let known = pairs[key] { return known }
    guard nextPair < pairLimit else { return 0 }
    let number = Int16(nextPair)
    guard init_pair(number, Int16(key.foreground), Int16(key.background)) == OK else { return 0 }
    nextPair += 1
    pairs[key] = number
    return number
  }

  /// A curses colour number: -1 for the terminal default when the terminal allows it,
  /// else `fallback`; 256-colour indices are downgraded to what the terminal has.
  private func resolve(_ color: Style.Color, fallback: Int) -> Int {
    let terminalDefault = hasDefaultColors ? -1 : fallback
    switch color {
    case .terminalDefault:
      return terminalDefault
    case .index(let index):
      return ColorDowngrade.index(index, colors: colorCount) ?? terminalDefault
    }
  }
}
