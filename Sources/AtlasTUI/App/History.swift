/// Where the user has been by following edges, like a web browser's back and forward.
/// Only following an edge records a step; moving through lists does not.
public struct History: Hashable, Sendable {
  /// A place to return to: the record and which of its edges was selected.
  public struct Entry: Hashable, Sendable {
    public var recordID: String
    public var selectedEdge: Int

    public init(recordID: String, selectedEdge: Int = 0) {
      self.recordID = recordID
      self.selectedEdge = selectedEdge
    }
  }

  /// Older steps last-in: `back.last` is where Back goes.
  public private(set) var back: [Entry] = []
  public private(set) var forward: [Entry] = []

  /// Enough to retrace a long walk; older steps are forgotten so memory stays bounded.
  public static let limit = 200

  public init() {}

  /// Leaving `current` by following an edge: it becomes the Back step and the forward
  /// steps are dropped, as a browser does after a new link.
  mutating func leave(_ current: Entry) {
    back.append(current)
    if back.count > Self.limit { back.removeFirst(back.count - Self.limit) }
    forward.removeAll()
  }

  /// The step Back goes to, with `current` kept for Forward; nil when there is none.
  mutating func goBack(from current: Entry) -> Entry? {
    guard let target = back.popLast() else { return nil }
    forward.append(current)
    return target
  }

  mutating func goForward(from current: Entry) -> Entry? {
    guard let target = forward.popLast() else { return nil }
    back.append(current)
    return target
  }
}
