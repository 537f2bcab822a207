/// The smallest screen the browser lays its panes out on. Below it the event loop shows
/// `tooSmallFrame` instead of the views, so no layout code ever sees a width or height it
/// cannot divide, and shrinking the window to 1×1 and back is harmless.
public enum ScreenSizeCheck {
  public static let minimum = Size(width: 40, height: 10)

  public static func isTooSmall(_ size: Size) -> Bool {
    size.width < minimum.width || size.height < minimum.height
  }

  /// A frame of exactly `size` saying the terminal is too small, clipped to what fits
  /// (any size, including 0×0 and 1×1).
  public static func tooSmallFrame(_ size: Size) -> Canvas {
    var canvas = Canvas(size: size)
    guard size.width > 0, size.height > 0 else { return canvas }
    let lines = [
      "Terminal too small",
      "\(size.width)x\(size.height), need \(minimum.width)x\(minimum.height)",
    ]
    let top = max((size.height - lines.count) / 2, 0)
    for (offset, line) in lines.enumerated() where top + offset < size.height {
      let text = Array(line.prefix(size.width))
      let left = max((size.width - text.count) / 2, 0)
      for (column, character) in text.enumerated() {
        canvas[left + column, top + offset] = Cell(
          text: String(character), width: 1, role: offset == 0 ? .messageError : .status)
      }
    }
    return canvas
  }
}
