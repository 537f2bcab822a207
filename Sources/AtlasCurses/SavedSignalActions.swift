#if canImport(Glibc)
  import Glibc
#endif

/// The signal actions found before `SignalGuard` installed its own, kept in fixed storage
/// so a signal handler can put one back without locks or allocation (neither is safe in a
/// handler). Written only by the main thread before the corresponding handler is set.
final class SavedSignalActions: @unchecked Sendable {
  static let shared = SavedSignalActions()

  /// Linux signal numbers run 1…64.
  private static let capacity = 65
  private let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: capacity)
  private let saved = UnsafeMutablePointer<Bool>.allocate(capacity: capacity)

  private init() {
    actions.initialize(repeating: sigaction(), count: Self.capacity)
    saved.initialize(repeating: false, count: Self.capacity)
  }

  /// Records the current action of `signal`, unless one is already recorded.
  func save(_ signal: Int32) {
    guard signal > 0, Int(signal) < Self.capacity, !saved[Int(signal)] else { return }
    sigaction(signal, nil, actions + Int(signal))
    saved[Int(signal)] = true
  }

  /// Puts the recorded action of `signal` back. Async-signal-safe. False if none was recorded.
  @discardableResult
  func restore(_ signal: Int32) -> Bool {
    guard signal > 0, Int(signal) < Self.capacity, saved[Int(signal)] else { return false }
    return sigaction(signal, actions + Int(signal), nil) == 0
  }

  /// Puts every recorded action back and forgets them.
  func restoreAll() {
    for signal in 1..<Int32(Self.capacity) where saved[Int(signal)] {
      restore(signal)
      saved[Int(signal)] = false
    }
  }
}
