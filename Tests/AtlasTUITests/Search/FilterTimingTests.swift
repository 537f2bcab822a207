import AtlasModel
import Testing
import TestSupport

import AtlasTUI

/// How long a filter keystroke takes on 100,000 records, through the public API a
/// benchmark uses (`Keymap`, `apply`, `Screen.render`). Prints the figures; asserts only
/// that the answers are right, since timings depend on the machine and the build.
/// (The target is p99 under 30 ms per keystroke in a release build.)
struct FilterTimingTests {
  static let catalog = TestCatalogs.synthetic(count: 100_000)

  private func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
  }

  private func report(_ label: String, _ samples: [Double]) {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return }
    let pick = { (q: Double) in sorted[min(sorted.count - 1, Int(q * Double(sorted.count)))] }
    let text = { (v: Double) in String(Int((v * 100).rounded())) .padding(2) }
    print("[filter timing] \(label): n=\(sorted.count) p50=\(text(pick(0.5))) ms p99=\(text(pick(0.99))) ms max=\(text(sorted.last ?? 0)) ms")
  }

  @Test("Typing, deleting and moving in the filter over 100,000 records (timings printed)")
  func keystrokes() {
    let catalog = Self.catalog
    var state = AppState(catalog: catalog, screenSize: Size(width: 160, height: 50))
    let clock = ContinuousClock()
    let buildStart = clock.now
    state.prepareSearch()
    print("[filter timing] search index for \(catalog.records.count.grouped) records: \(milliseconds(clock.now - buildStart)) ms")

    var samples: [Double] = []
    var renders: [Double] = []
    func press(_ key: KeyEvent) {
      let start = clock.now
      if let action = Keymap.standard.action(for: key, in: state) { _ = state.apply(action) }
      let applied = clock.now
      _ = Screen.render(state)
      samples.append(milliseconds(clock.now - start))
      renders.append(milliseconds(clock.now - applied))
    }
    press(.character("/"))
    let script: [KeyEvent] =
      "skill:amber-ri".map { .character($0) } + Array(repeating: .backspace, count: 14)
      + "e".map { .character($0) } + [.backspace]  // the widest query: a full scan, most records match
      + "Émile willow".map { .character($0) } + Array(repeating: .down, count: 30) + [.pageDown, .end, .home]
      + Array(repeating: .backspace, count: 12) + "000123".map { .character($0) }
    for key in script { press(key) }
    report("keystroke (apply + render)", samples)
    report("render only", renders)

    // The answers: the last query is an id fragment; a brute-force count agrees.
    let expected = catalog.records.filter { $0.id.contains("000123") || $0.displayName.contains("000123") }.count
    #expect(state.filter?.query == "000123")
    #expect(state.filter?.matchCount == expected)
    #expect(expected > 0)
  }
}

extension String {
  /// `1234` hundredths as `12.34`.
  fileprivate func padding(_ decimals: Int) -> String {
    var digits = self
    while digits.count <= decimals { digits = "0" + digits }
    return String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
  }
}
