/// What the screen shows below the minimum size: a plain sentence, wrapped to whatever
/// room there is (down to 1x1, and nothing at all at 0x0).
public enum TooSmallView {
  public static func message(for size: Size) -> String {
    let minimum = ScreenLayout.minimum
    return "Terminal too small: need at least \(minimum.width)x\(minimum.height), have \(size.width)x\(size.height)"
  }

  public static func draw(on canvas: inout Canvas) {
    let size = canvas.size
    guard size.width > 0, size.height > 0 else { return }
    let rows = TextWrap.words(message(for: size), width: size.width)
    for (y, row) in rows.prefix(size.height).enumerated() {
      // The last row that fits shows an ellipsis if the sentence goes on.
      let cut = y == size.height - 1 && rows.count > size.height
      canvas.put(cut ? row + " …" : row, at: Point(x: 0, y: y), role: .messageError)
    }
  }
}
