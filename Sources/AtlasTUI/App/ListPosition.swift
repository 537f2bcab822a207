/// Where a list is: which row is selected and which row is at the top of the pane.
public struct ListPosition: Hashable, Sendable {
  public var selected: Int
  public var scroll: Int

  public init(selected: Int = 0, scroll: Int = 0) {
    self.selected = selected
    self.scroll = scroll
  }

  /// Moves the selection by `delta` rows within `count`, scrolling as little as needed to
  /// keep it among the `height` visible rows.
  mutating func move(by delta: Int, count: Int, height: Int) {
    select(selected + delta, count: count, height: height)
  }

  mutating func select(_ row: Int, count: Int, height: Int) {
    selected = max(0, min(row, count - 1))
    reveal(count: count, height: height)
  }

  /// Scrolls just enough that the selection is visible and no space is wasted below the
  /// last row. A pure function of the numbers, so views can apply it too.
  mutating func reveal(count: Int, height: Int) {
    selected = max(0, min(selected, count - 1))
    let visible = max(1, height)
    if selected < scroll { scroll = selected }
    if selected >= scroll + visible { scroll = selected - visible + 1 }
    scroll = max(0, min(scroll, count - visible))
  }
}
