import AtlasTUI
import Testing

/// Compares what a canvas shows with the expected rows, ignoring trailing spaces on each
/// row and trailing empty rows, and prints both screens whole when they differ (a diff of
/// single rows says too little about a layout).
public func expectScreen(
  _ canvas: Canvas, rows expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let actual = canvas.text
  let wanted = normalizedScreen(expected)
  #expect(
    actual == wanted,
    "screen differs\n--- expected\n\(framed(wanted))\n--- actual\n\(framed(actual))",
    sourceLocation: sourceLocation)
}

/// Compares the role grid (one letter per cell, see `RoleLegend`) of the rows given.
/// `rows` are the expected grid rows from `startRow`; each is compared over its own
/// length, so a row may stop once the cells worth checking are written.
public func expectRoles(
  _ canvas: Canvas, rows expected: String, startRow: Int = 0,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let wantedRows = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let grid = canvas.roleRows()
  let actualRows = wantedRows.indices.map { i in
    let y = startRow + i
    guard y >= 0, y < grid.count else { return "<no row \(y)>" }
    return String(grid[y].prefix(wantedRows[i].count))
  }
  #expect(
    actualRows == wantedRows,
    "roles differ\n--- expected\n\(wantedRows.joined(separator: "\n"))\n--- actual\n\(actualRows.joined(separator: "\n"))",
    sourceLocation: sourceLocation)
}

/// Expected screens are written as multi-line literals; drop the trailing spaces an
/// editor might keep or strip, and trailing empty rows.
public func normalizedScreen(_ text: String) -> String {
  var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map {
    trimmingTrailing(String($0), " ")
  }
  while rows.last == "" { rows.removeLast() }
  return rows.joined(separator: "\n")
}

private func trimmingTrailing(_ s: String, _ ch: Character) -> String {
  var s = s
  while s.last == ch { s.removeLast() }
  return s
}

private func framed(_ screen: String) -> String {
  screen.split(separator: "\n", omittingEmptySubsequences: false).map { "|" + $0 }.joined(separator: "\n")
}
