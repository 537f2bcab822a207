/// Colours for terminals with fewer than 256: the backend asks for the nearest colour it
/// has, so a theme written for 256 colours still reads on an 8- or 16-colour terminal.
extension Style.Color {
  /// The nearest colour among the first `count` (8, 16 or 256) of the xterm palette.
  public func downgraded(toColorCount count: Int) -> Style.Color {
    guard case .index(let i) = self else { return self }
    if i < 0 { return .terminalDefault }
    if i < count { return self }
    if i < 16 { return .index(i - 8) }  // bright → normal on 8-colour terminals
    let rgb = Self.xtermRGB(i)
    let candidates = min(count, 16)
    var best = 0
    var bestDistance = Int.max
    for c in 0..<candidates {
      let p = Self.ansiRGB[c]
      let d = (p.0 - rgb.0) * (p.0 - rgb.0) + (p.1 - rgb.1) * (p.1 - rgb.1) + (p.2 - rgb.2) * (p.2 - rgb.2)
      if d < bestDistance {
        bestDistance = d
        best = c
      }
    }
    return .index(best)
  }

  /// xterm's defaults for the 16 ANSI colours.
  static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The RGB of a 256-colour index ≥ 16: a 6×6×6 cube, then 24 greys.
  static func xtermRGB(_ i: Int) -> (Int, Int, Int) {
    if i >= 232 {
      let level = 8 + 10 * min(i - 232, 23)
      return (level, level, level)
    }
    let n = max(0, i - 16)
    let steps = [0, 95, 135, 175, 215, 255]
    return (steps[(n / 36) % 6], steps[(n / 6) % 6], steps[n % 6])
  }
}
