/// One screen cell. `text` is a single grapheme already made safe to draw (no control
/// characters); a wide grapheme occupies its cell (`width` 2) and the next cell, which
/// is a continuation (`width` 0, empty text) that terminals must not draw over.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var width: UInt8
  public var role: ThemeRole

  public init(text: String, width: UInt8, role: ThemeRole) {
    self.text = text
    self.width = width
    self.role = role
  }

  public static let blank = Cell(text: " ", width: 1, role: .normal)

  public var isContinuation: Bool { width == 0 }
}
