/// An in-memory screen: a grid of cells that views draw into. The curses terminal
/// presents a canvas; tests read it back as text. Drawing outside the grid is ignored,
/// so no view can crash at any size.
public struct Canvas: Hashable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]

  public init(size: Size, fill: Cell = .blank) {
    self.size = size
    self.cells = Array(repeating: fill, count: size.width * size.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
      return cells[y * size.width + x]
    }
    set {
      guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
      cells[y * size.width + x] = newValue
    }
  }
}
