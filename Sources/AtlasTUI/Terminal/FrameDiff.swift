/// What changed between two frames, as runs of cells per row, so a presenter sends only
/// those (one `mvwadd_wchnstr` per run). Runs never split a wide grapheme: a run that
/// would start on a continuation cell starts at its wide cell, and one that would end
/// on a wide cell takes its continuation too.
public enum FrameDiff {
  public struct Run: Hashable, Sendable {
    public var y: Int
    public var x: Int
    public var cells: [Cell]

    public var width: Int { cells.count }
  }

  /// The runs that turn `previous` into `frame`; every row whole when there is no
  /// previous frame or its size differs.
  public static func runs(from previous: Canvas?, to frame: Canvas) -> [Run] {
    let width = frame.size.width
    guard width > 0 else { return [] }
    guard let previous, previous.size == frame.size else {
      return (0..<frame.size.height).map { y in
        Run(y: y, x: 0, cells: (0..<width).map { frame[$0, y] })
      }
    }
    var runs: [Run] = []
    for y in 0..<frame.size.height {
      var x = 0
      while x < width {
        guard frame[x, y] != previous[x, y] else {
          x += 1
          continue
        }
        // Widen by a cell where either frame has a wide character across the run's edge:
        // a terminal redraws a wide character whole or garbles it.
        var start = x
        if start > 0 && (frame[start, y].isContinuation || previous[start, y].isContinuation) { start -= 1 }
        var end = x + 1
        while end < width && frame[end, y] != previous[end, y] { end += 1 }
        if end < width && (frame[end, y].isContinuation || previous[end, y].isContinuation) { end += 1 }
        if let last = runs.last, last.y == y, last.x + last.width >= start {
          // Touching the previous run (after widening): extend it instead.
          let from = last.x + last.width
          runs[runs.count - 1].cells.append(contentsOf: (from..<end).map { frame[$0, y] })
        } else {
          runs.append(Run(y: y, x: start, cells: (start..<end).map { frame[$0, y] }))
        }
        x = end
      }
    }
    return runs
  }
}
