import AtlasTUI
import Testing

@testable import AtlasCurses

struct ChangedRunsTests {
  static func row(_ cells: [Cell]) -> Canvas {
    var canvas = Canvas(size: Size(width: cells.count, height: 1))
    for (x, cell) in cells.enumerated() { canvas[x, 0] = cell }
    return canvas
  }

  static let a = Cell(text: "a", width: 1, role: .normal)
  static let b = Cell(text: "b", width: 1, role: .normal)
  static let wide = Cell(text: "中", width: 2, role: .normal)
  static let rest = Cell(text: "", width: 0, role: .normal)

  @Test func withoutPreviousFrameTheWholeRowIsOneRun() {
    let frame = Self.row([Self.a, Self.a, Self.a])
    #expect(ChangedRuns.runs(row: 0, frame: frame, previous: nil) == [0..<3])
    let other = Canvas(size: Size(width: 2, height: 1))
    #expect(ChangedRuns.runs(row: 0, frame: frame, previous: other) == [0..<3])
  }

  @Test func onlyChangedCellsAreSentAsSeparateRuns() {
    let old = Self.row([Self.a, Self.a, Self.a, Self.a, Self.a, Self.a])
    let new = Self.row([Self.b, Self.a, Self.a, Self.b, Self.b, Self.a])
    #expect(ChangedRuns.runs(row: 0, frame: new, previous: old) == [0..<1, 3..<5])
    #expect(ChangedRuns.runs(row: 0, frame: old, previous: old) == [])
  }

  @Test func aChangeTouchingAWideCharacterIncludesBothItsHalves() {
    let old = Self.row([Self.a, Self.a, Self.a, Self.a])
    let new = Self.row([Self.a, Self.wide, Self.rest, Self.a])
    #expect(ChangedRuns.runs(row: 0, frame: new, previous: old) == [1..<3])
    // Only the continuation differs (the lead is the same): still redraw from the lead.
    let restyled = Self.row([
      Self.a, Self.wide, Cell(text: "", width: 0, role: .selection), Self.a,
    ])
    #expect(ChangedRuns.runs(row: 0, frame: restyled, previous: new) == [1..<3])
    // The wide character goes away: its old second half is redrawn too.
    let narrow = Self.row([Self.a, Self.b, Self.rest, Self.a])
    #expect(ChangedRuns.runs(row: 0, frame: narrow, previous: new) == [1..<3])
  }

  @Test func rowsOutsideTheFrameHaveNoRuns() {
    let frame = Self.row([Self.a])
    #expect(ChangedRuns.runs(row: 1, frame: frame, previous: nil) == [])
    #expect(ChangedRuns.runs(row: -1, frame: frame, previous: nil) == [])
  }
}

struct ColorDowngradeTests {
  @Test func indicesTheTerminalHasAreKept() {
    #expect(ColorDowngrade.index(196, colors: 256) == 196)
    #expect(ColorDowngrade.index(12, colors: 16) == 12)
    #expect(ColorDowngrade.index(3, colors: 8) == 3)
  }

  @Test func cubeAndGreyColoursGoToTheNearestAnsiColour() {
    // 196 is xterm's (255, 0, 0): bright red with 16 colours, red with 8.
    #expect(ColorDowngrade.index(196, colors: 16) == 9)
    #expect(ColorDowngrade.index(196, colors: 8) == 1)
    // 21 is (0, 0, 255): nearer ANSI blue (0, 0, 238) than bright blue (92, 92, 255).
    #expect(ColorDowngrade.index(21, colors: 16) == 4)
    // 231 is the cube's white (255, 255, 255); 232 is near-black grey (8, 8, 8); 255 is
    // grey (238, 238, 238), nearer ANSI white (229) than bright white (255).
    #expect(ColorDowngrade.index(231, colors: 16) == 15)
    #expect(ColorDowngrade.index(232, colors: 16) == 0)
    #expect(ColorDowngrade.index(255, colors: 16) == 7)
    #expect(ColorDowngrade.index(231, colors: 8) == 7)
    // Bright ANSI colours lose their brightness on an 8-colour terminal.
    #expect(ColorDowngrade.index(10, colors: 8) == 2)
  }

  @Test func impossibleRequestsFallBackToTheDefault() {
    #expect(ColorDowngrade.index(300, colors: 256) == nil)
    #expect(ColorDowngrade.index(-2, colors: 256) == nil)
    #expect(ColorDowngrade.index(1, colors: 0) == nil)
  }
}
