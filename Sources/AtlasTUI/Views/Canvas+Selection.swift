extension Canvas {
  /// Paints row `y` of a pane's `area` as the selection when `selected`, and returns the
  /// role its text should take then (nil: draw the text in its own roles). The selection
  /// is bright where the focus is and dim elsewhere, so the focused pane is obvious.
  mutating func selectionRow(_ y: Int, in area: Rect, selected: Bool, focused: Bool) -> ThemeRole? {
    guard selected else { return nil }
    let role: ThemeRole = focused ? .selection : .selectionInactive
    fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
    return role
  }
}
