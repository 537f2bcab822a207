import Foundation

/// One slot per work item, filled from concurrent workers. Each index is written by
/// exactly one worker; the lock makes the writes visible to the reader afterwards.
public final class ResultSlots<T: Sendable>: @unchecked Sendable {
  private var slots: [T?]
  private let lock = NSLock()

  public init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  public func set(_ index: Int, _ value: T) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The filled slots, in index order.
  public var values: [T] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
