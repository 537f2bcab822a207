/// How a role looks: a foreground, a background and text attributes.
public struct Style: Hashable, Sendable {
  public enum Color: Hashable, Sendable {
    /// The terminal's own colour (curses' -1 after `use_default_colors`).
    case terminalDefault
    /// An ANSI index: 0–7 the named colours, 8–15 the bright ones, up to 255.
    case index(Int)
  }

  public enum Attribute: String, CaseIterable, Hashable, Sendable {
    case bold, dim, reverse, underline, standout
  }

  public var foreground: Color
  public var background: Color
  public var attributes: Set<Attribute>

  public init(
    foreground: Color = .terminalDefault, background: Color = .terminalDefault,
    attributes: Set<Attribute> = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  public static let plain = Style()
}
