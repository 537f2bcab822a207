/// A terminal in memory, for tests and headless runs (ratatui's TestBackend, tig's
/// scripted mode): it replays a queue of events, keeps every frame it was given, and
/// reports the end of the script as the end of input.
public final class MemoryTerminal: Terminal {
  /// One `present` call: the frame and whether a previous frame was passed (nil means
  /// the presenter had to draw everything).
  public struct Presentation {
    public var frame: Canvas
    public var hadPrevious: Bool
  }

  public private(set) var size: Size
  public private(set) var presentations: [Presentation] = []
  /// The timeout of each `nextEvent` call, in order (nil: wait indefinitely).
  public private(set) var requestedTimeouts: [Int?] = []
  public private(set) var isClosed = false
  /// Called at the start of every `nextEvent` with how many calls came before, so a test
  /// can act between events, e.g. post a loader's progress to a `LoadingChannel`.
  public var beforeEachWait: ((Int) -> Void)?
  /// Waits with a timeout after the script is over before the terminal types Ctrl-C: a
  /// loop that polls (while a catalog loads) would otherwise never see the end of input.
  public var idleWaitsBeforeQuit = 1000
  private var events: [TerminalEvent]
  private var idleWaits = 0

  public init(size: Size, events: [TerminalEvent] = []) {
    self.size = size
    self.events = events
  }

  /// Script keys and resizes conveniently: `.keys("jjJ")` presses each character.
  public convenience init(size: Size, keys: String) {
    self.init(size: size, events: keys.map { .key(.character($0)) })
  }

  /// The frame on screen now.
  public var screen: Canvas? { presentations.last?.frame }

  public func enqueue(_ more: [TerminalEvent]) { events.append(contentsOf: more) }

  public func present(_ frame: Canvas, previous: Canvas?) {
    presentations.append(Presentation(frame: frame, hadPrevious: previous != nil))
  }

  /// The next scripted event; a resize takes effect as it is delivered, as a real
  /// terminal's size changes before it reports the resize. nil once the script is over.
  public func nextEvent(timeout: Int?) -> TerminalEvent? {
    beforeEachWait?(requestedTimeouts.count)
    requestedTimeouts.append(timeout)
    guard !events.isEmpty else {
      guard timeout != nil else { return nil }
      idleWaits += 1
      return idleWaits > idleWaitsBeforeQuit ? .key(.control("c")) : nil
    }
    let event = events.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  public func close() { isClosed = true }
}
