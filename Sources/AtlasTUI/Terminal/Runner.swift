/// The event loop (design notes §3.3): render the state, present it, wait for an event,
/// turn a key into an action, apply it; on a resize, adopt the size and draw the next
/// frame in full. Single-threaded; owned and run by `main.swift` (or a test).
///
/// It returns when an action asks to quit, or when the terminal reports the end of input
/// (`.inputEnded`, or `nextEvent(timeout: nil)` returning nil). With a message showing, it waits at most
/// `messageTimeout` ms, and a timeout clears the message.
///
/// While the catalog is loading on another thread, it waits at most `pollInterval` ms at
/// a time and takes the loader's progress and outcome from `loading` each time the
/// terminal returns, so keys (q, ?) keep working and the progress keeps moving.
public struct Runner<T: Terminal> {
  public let terminal: T
  public private(set) var state: AppState
  public var keymap: Keymap
  public var messageTimeout: Int
  public let loading: LoadingChannel?
  public var pollInterval: Int

  public init(
    terminal: T, state: AppState, keymap: Keymap = .standard, messageTimeout: Int = 4000,
    loading: LoadingChannel? = nil, pollInterval: Int = 50
  ) {
    self.terminal = terminal
    self.state = state
    self.keymap = keymap
    self.messageTimeout = messageTimeout
    self.loading = loading
    self.pollInterval = pollInterval
  }

  private var isPolling: Bool {
    guard loading != nil, case .loading = state.phase else { return false }
    return true
  }

  /// Runs until quit or end of input and returns the final state. Does not close the
  /// terminal: whoever opened it closes it (`defer { terminal.close() }` in main).
  @discardableResult
  public mutating func run() -> AppState {
    state.resize(to: terminal.size)
    if let loading { state.receive(from: loading) }
    var previous: Canvas?
    var needsFrame = true
    while true {
      if needsFrame {
        let frame = Screen.render(state)
        // A frame of another size cannot be diffed against.
        terminal.present(frame, previous: previous?.size == frame.size ? previous : nil)
        previous = frame
      }
      let polling = isPolling
      let timeout = polling ? pollInterval : state.message == nil ? nil : messageTimeout
      let event = terminal.nextEvent(timeout: timeout)
      let received = polling && loading.map { state.receive(from: $0) } == true
      guard let event else {
        if timeout == nil { return state }  // end of input
        if polling {
          needsFrame = received
        } else {
          state.message = nil  // the message has been up long enough
          needsFrame = true
        }
        continue
      }
      switch event {
      case .inputEnded:
        return state
      case .resize(let size):
        state.resize(to: size)
        previous = nil
        needsFrame = true
      case .key(let key):
        guard let action = keymap.action(for: key, in: state) else {
          needsFrame = received
          continue
        }
        switch state.apply(action) {
        case .quit: return state
        case .none: needsFrame = received
        case .redraw: needsFrame = true
        case .repaint:
          previous = nil
          needsFrame = true
        }
      }
    }
  }
}
