/// The filter prompt's state: the query, its matches best first, the highlighted match,
/// and where the browser was before (for Esc).
///
/// Each keystroke that extends the query searches only the previous query's matches
/// (they are the only records that can still match), and each step is kept, so Backspace
/// returns to an earlier step's matches without searching at all.
public struct FilterSession: Sendable {
  public private(set) var query: String
  /// Record indices of the matches: id-prefix matches, then id matches, then name
  /// matches, each in catalog order.
  public private(set) var ranked: [Int32] = []
  /// The highlighted row of `ranked` and the first row on screen.
  public internal(set) var list = ListPosition()
  /// Where to return on Esc.
  let saved: AppState.SavedPlace

  /// One narrowing step: a folded query and its matches in catalog order. Each step's
  /// query is a prefix of the next one's.
  private struct Step: Sendable {
    var folded: [UInt8]
    var matches: [SearchIndex.Match]
  }

  private var steps: [Step] = []
  /// Enough steps for any query typed by hand; older ones are dropped (they only save
  /// searching on long runs of Backspace).
  private static let stepLimit = 32

  init(saved: AppState.SavedPlace) {
    self.query = ""
    self.saved = saved
  }

  public var matchCount: Int { ranked.count }

  /// The record index of the match on `row`, if there is one.
  public func match(at row: Int) -> Int? {
    ranked.indices.contains(row) ? Int(ranked[row]) : nil
  }

  /// The query folded for matching (and for highlighting matches on screen).
  public var foldedQuery: [UInt8] { steps.last?.folded ?? CaseFold.bytes(query) }

  mutating func update(query: String, index: SearchIndex) {
    let folded = CaseFold.bytes(query)
    while let last = steps.last, !folded.starts(with: last.folded) { steps.removeLast() }
    if steps.last?.folded != folded {
      let matches = steps.last.map { index.matches(folded, among: $0.matches) } ?? index.matches(folded)
      steps.append(Step(folded: folded, matches: matches))
      if steps.count > Self.stepLimit { steps.removeFirst() }
    }
    self.query = query
    ranked = Self.rankOrder(steps.last?.matches ?? [])
    list = ListPosition()
  }

  /// Stable bucketing by rank: catalog order is kept inside each rank.
  private static func rankOrder(_ matches: [SearchIndex.Match]) -> [Int32] {
    var buckets: [[Int32]] = [[], [], []]
    for match in matches { buckets[Int(match.rank.rawValue)].append(match.record) }
    return buckets[0] + buckets[1] + buckets[2]
  }
}
