import AtlasTUI

/// Which columns of a row must be sent to the screen: the runs of cells that differ from
/// the previous frame. Sending runs instead of whole screens keeps a key press down to a
/// few bytes, and never clearing means nothing flickers.
///
/// A wide character and its continuation cell are one unit on a terminal, so a run that
/// starts on a continuation is widened to include its lead, and one that ends on a wide
/// lead is widened to include the continuation.
enum ChangedRuns {
  /// Runs of columns in `row` (each a half-open range, in order, not overlapping) to redraw.
  /// With no previous frame, or one of another size, the whole row is one run.
  static func runs(row: Int, frame: Canvas, previous: Canvas?) -> [Range<Int>] {
    let width = frame.size.width
    guard width > 0, row >= 0, row < frame.size.height else { return [] }
    guard let previous, previous.size == frame.size else { return [0..<width] }

    var result: [Range<Int>] = []
    var x = 0
    while x < width {
      guard frame[x, row] != previous[x, row] else {
        x += 1
        continue
      }
      var start = x
      var end = x + 1
      while end < width, frame[end, row] != previous[end, row] {
        end += 1
      }
      if start > 0, frame[start, row].isContinuation || previous[start, row].isContinuation {
        start -= 1
      }
      if end < width, frame[end - 1, row].width > 1 || previous[end - 1, row].width > 1 {
        end += 1
      }
      if let last = result.last, last.upperBound >= start {
        result[result.count - 1] = last.lowerBound..<end
      } else {
        result.append(start..<end)
      }
      x = end
    }
    return result
  }
}
