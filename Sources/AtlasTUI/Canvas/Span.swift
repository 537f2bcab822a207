/// A piece of text with the role it is drawn in; a row of a pane is a list of spans.
public struct Span: Hashable, Sendable {
  public var text: String
  public var role: ThemeRole

  public init(_ text: String, _ role: ThemeRole = .normal) {
    self.text = text
    self.role = role
  }
}

extension Canvas {
  /// Draws spans one after another from `origin`, within `clip`; the last one to overflow
  /// ends with `…`. `override` draws every span in one role (a selected row). Returns the
  /// columns used.
  @discardableResult
  public mutating func put(
    _ spans: [Span], at origin: Point, clip: Rect, override: ThemeRole? = nil
  ) -> Int {
    var x = origin.x
    for span in spans {
      if x >= clip.maxX { break }
      x += put(span.text, at: Point(x: x, y: origin.y), role: override ?? span.role, clip: clip)
    }
    return x - origin.x
  }
}
