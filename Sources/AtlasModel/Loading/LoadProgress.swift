import Synchronization

/// How far a load has come, for a progress line while a large catalog loads.
public struct LoadProgress: Hashable, Sendable {
  /// Catalog files found by the walk (known once the walk is done).
  public var filesTotal: Int
  /// Files read and parsed so far.
  public var filesDone: Int
  /// Records built so far.
  public var records: Int

  public init(filesTotal: Int, filesDone: Int, records: Int) {
    self.filesTotal = filesTotal
    self.filesDone = filesDone
    self.records = records
  }
}

/// Counts finished files from the parsing workers and reports each new total. The
/// callback runs on whichever worker finished a file, so it must be cheap and
/// thread-safe (the browser's loading channel only stores the latest value).
final class ProgressCounter: Sendable {
  private let totals: Mutex<LoadProgress>
  private let report: @Sendable (LoadProgress) -> Void

  init(filesTotal: Int, report: @escaping @Sendable (LoadProgress) -> Void) {
    totals = Mutex(LoadProgress(filesTotal: filesTotal, filesDone: 0, records: 0))
    self.report = report
    report(LoadProgress(filesTotal: filesTotal, filesDone: 0, records: 0))
  }

  func fileDone(records: Int) {
    let now = totals.withLock { totals in
      totals.filesDone += 1
      totals.records += records
      return totals
    }
    report(now)
  }
}
