import Testing

@testable import AtlasTUI

struct FrameDiffTests {
  private func canvas(_ rows: [String], width: Int) -> Canvas {
    var c = Canvas(size: Size(width: width, height: rows.count))
    for (y, row) in rows.enumerated() { c.put(row, at: Point(x: 0, y: y), role: .normal) }
    return c
  }

  private func text(_ run: FrameDiff.Run) -> String { run.cells.filter { !$0.isContinuation }.map(\.text).joined() }

  @Test("Without a previous frame every row is sent whole")
  func full() {
    let frame = canvas(["ab", "cd"], width: 3)
    let runs = FrameDiff.runs(from: nil, to: frame)
    #expect(runs.map(\.y) == [0, 1])
    #expect(runs.allSatisfy { $0.x == 0 && $0.width == 3 })
    #expect(FrameDiff.runs(from: canvas(["ab"], width: 2), to: frame).count == 2)  // other size: full
  }

  @Test("Identical frames send nothing")
  func identical() {
    let frame = canvas(["hello"], width: 8)
    #expect(FrameDiff.runs(from: frame, to: frame).isEmpty)
  }

  @Test("Changed cells are grouped into runs per row")
  func runs() {
    let before = canvas(["hello world", "same"], width: 12)
    let after = canvas(["jello worms", "same"], width: 12)
    let runs = FrameDiff.runs(from: before, to: after)
    #expect(runs.map { [$0.y, $0.x, $0.width] } == [[0, 0, 1], [0, 9, 2]])
    #expect(runs.map(text) == ["j", "ms"])
  }

  @Test("A change to a wide character's continuation also sends its first half")
  func wideStart() {
    var before = canvas(["中x"], width: 4)
    var after = before
    // Same text, but the continuation cell's role changed (a selection bar ending mid-way).
    after[1, 0] = Cell(text: "", width: 0, role: .selection)
    let runs = FrameDiff.runs(from: before, to: after)
    #expect(runs.count == 1)
    #expect(runs.first?.x == 0)
    #expect(runs.first?.width == 2)
    before[3, 0] = Cell(text: "y", width: 1, role: .normal)
    after = before
    after.put("文", at: Point(x: 2, y: 0), role: .normal)
    // A change that ends on a wide cell takes its continuation too.
    let wide = FrameDiff.runs(from: before, to: after)
    #expect(wide.map { [$0.x, $0.width] } == [[2, 2]])
  }

  @Test("Applying the runs to the previous frame yields the new frame")
  func replay() {
    let before = canvas(["┌ Clusters ┐", "│ a      1 │", "│ 中文   2 │"], width: 14)
    let after = canvas(["┌ Records ─┐", "│ a      1 │", "│ 文中x  3 │"], width: 14)
    var screen = before
    for run in FrameDiff.runs(from: before, to: after) {
      for (i, cell) in run.cells.enumerated() { screen[run.x + i, run.y] = cell }
    }
    #expect(screen == after)
  }
}
