/// Drawing text and areas. Everything is clipped to the canvas (and to the caller's
/// clip rectangle), so a view can never write out of range at any screen size.
extension Canvas {
  /// What `put` does with text wider than the room it has.
  public enum Overflow: Sendable {
    /// End the visible part with `…`, so the reader knows something was cut.
    case ellipsis
    /// Stop at the edge (for text that continues past a scrolled or shared edge).
    case clip
  }

  /// Draws `text` (made safe by `SafeText`) from `origin`, no further right than `clip`
  /// and the canvas allow. A wide grapheme never straddles an edge: a half that would not
  /// fit becomes a space. Returns the columns used from `origin.x`, for placing what
  /// follows on the same row.
  @discardableResult
  public mutating func put(
    _ text: String, at origin: Point, role: ThemeRole, clip: Rect? = nil,
    overflow: Overflow = .ellipsis
  ) -> Int {
    let area = (clip ?? bounds).intersection(bounds)
    guard origin.y >= area.y, origin.y < area.maxY else { return 0 }
    let available = area.maxX - origin.x
    guard available > 0 else { return 0 }

    // Only as many graphemes as can show are made safe: a value may be megabytes long.
    var glyphs: [SafeText.Glyph] = []
    var total = 0
    var truncated = false
    for character in text {
      let before = glyphs.count
      SafeText.appendGlyphs(of: character, to: &glyphs)
      for glyph in glyphs[before...] { total += glyph.width }
      if total > available {
        truncated = true
        break
      }
    }
    let budget = truncated && overflow == .ellipsis ? available - 1 : available

    var used = 0
    for glyph in glyphs {
      if used + glyph.width > budget { break }
      let glyphRole = glyph.escaped ? .escaped : role
      let x = origin.x + used
      if x >= area.x {
        write(glyph.text, width: glyph.width, role: glyphRole, x: x, y: origin.y)
      } else if x + glyph.width > area.x {
        // A wide glyph cut by the left edge: show its visible half as a space.
        write(" ", width: 1, role: glyphRole, x: area.x, y: origin.y)
      }
      used += glyph.width
    }
    guard truncated else { return used }
    if overflow == .ellipsis {
      if origin.x + used >= area.x { write("…", width: 1, role: role, x: origin.x + used, y: origin.y) }
      used += 1
    }
    // A wide glyph that did not fit leaves a gap at the edge: blank it, never split it.
    while used < available {
      if origin.x + used >= area.x { write(" ", width: 1, role: role, x: origin.x + used, y: origin.y) }
      used += 1
    }
    return used
  }

  /// Paints `rect` with blanks in `role`.
  public mutating func fill(_ rect: Rect, role: ThemeRole) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        write(" ", width: 1, role: role, x: x, y: y)
      }
    }
  }

  /// Frames `rect` with light box-drawing lines and a title in the top edge, and returns
  /// the inside. The focused pane's frame and title use their own roles.
  @discardableResult
  public mutating func box(_ rect: Rect, title: String, focused: Bool) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      fill(rect, role: .border)
      return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }
    let role: ThemeRole = focused ? .borderFocused : .border
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    for x in (rect.x + 1)..<right {
      write("─", width: 1, role: role, x: x, y: rect.y)
      write("─", width: 1, role: role, x: x, y: bottom)
    }
    for y in (rect.y + 1)..<bottom {
      write("│", width: 1, role: role, x: rect.x, y: y)
      write("│", width: 1, role: role, x: right, y: y)
    }
    write("┌", width: 1, role: role, x: rect.x, y: rect.y)
    write("┐", width: 1, role: role, x: right, y: rect.y)
    write("└", width: 1, role: role, x: rect.x, y: bottom)
    write("┘", width: 1, role: role, x: right, y: bottom)
    if !title.isEmpty, rect.width > 4 {
      let titleClip = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
      put(
        " " + title + " ", at: Point(x: rect.x + 1, y: rect.y),
        role: focused ? .paneTitle : .paneTitleInactive, clip: titleClip)
    }
    return Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
  }

  /// Sets one grapheme (and, for a wide one, its continuation cell). Whatever wide
  /// grapheme it partly overwrites is blanked whole, so the grid never holds half of one.
  mutating func write(_ text: String, width: Int, role: ThemeRole, x: Int, y: Int) {
    guard y >= 0, y < size.height, x >= 0, x < size.width else { return }
    if width == 2 && x + 1 >= size.width {
      write(" ", width: 1, role: role, x: x, y: y)
      return
    }
    unshare(x: x, y: y)
    self[x, y] = Cell(text: text, width: UInt8(width == 2 ? 2 : 1), role: role)
    if width == 2 {
      unshare(x: x + 1, y: y)
      self[x + 1, y] = Cell(text: "", width: 0, role: role)
    }
  }

  /// Before a cell is overwritten: if it is half of a wide grapheme, blank the other half.
  private mutating func unshare(x: Int, y: Int) {
    let cell = self[x, y]
    if cell.isContinuation, x > 0, self[x - 1, y].width == 2 {
      self[x - 1, y] = Cell(text: " ", width: 1, role: self[x - 1, y].role)
    } else if cell.width == 2, x + 1 < size.width {
      self[x + 1, y] = Cell(text: " ", width: 1, role: cell.role)
    }
  }
}
