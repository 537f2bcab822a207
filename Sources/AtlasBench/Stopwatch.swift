/// Times a piece of work, several times, and reports the median: one slow run (a page
/// cache miss, the other core busy) should not decide a figure.
public enum Stopwatch {
  public static func seconds(_ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try work()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  public static func median(runs: Int, _ work: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<max(1, runs) { times.append(try seconds(work)) }
    return Percentile.of(times, 50)
  }
}

public enum Percentile {
  /// The nearest-rank percentile `p` (0–100) of `values`; 0 for none.
  public static func of(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }
}
