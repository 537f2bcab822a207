/// Maps an xterm 256-colour index onto a terminal that has fewer colours (NOTES P12):
/// the 6×6×6 cube and the grey ramp go to the nearest of the 16 (or 8) ANSI colours by
/// RGB distance, using xterm's default palette, so a theme written for 256 colours still
/// reads on a basic terminal instead of failing `init_pair`.
enum ColorDowngrade {
  /// The colour to use for `index` on a terminal with `colors` colours, or nil when the
  /// terminal has none to offer (then the caller uses the terminal default).
  static func index(_ index: Int, colors: Int) -> Int? {
    guard (0...255).contains(index), colors >= 8 else { return nil }
    if index < colors { return index }
    let paletteSize = colors >= 16 ? 16 : 8
    if index < 16 { return index - 8 }  // bright ANSI on an 8-colour terminal
    let target = rgb(of: index)
    var best = 0
    var bestDistance = Int.max
    for candidate in 0..<paletteSize {
      let distance = squaredDistance(target, ansiPalette[candidate])
      if distance < bestDistance {
        best = candidate
        bestDistance = distance
      }
    }
    return best
  }

  typealias RGB = (r: Int, g: Int, b: Int)

  /// xterm's defaults for the 16 ANSI colours.
  static let ansiPalette: [RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The colour xterm shows for an index of the cube (16–231) or the grey ramp (232–255).
  static func rgb(of index: Int) -> RGB {
    if index >= 232 {
      let grey = 8 + (index - 232) * 10
      return (grey, grey, grey)
    }
    let levels = [0, 95, 135, 175, 215, 255]
    let cube = index - 16
    return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
  }

  static func squaredDistance(_ a: RGB, _ b: RGB) -> Int {
    let dr = a.r - b.r
    let dg = a.g - b.g
    let db = a.b - b.b
    return dr * dr + dg * dg + db * db
  }
}
