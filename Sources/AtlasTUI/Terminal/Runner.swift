/// The event loop (design notes §3.3): render the state, present it, wait for an event,
/// turn a key into an action, apply it; on a resize, adopt the size and draw the next
/// frame in full. Single-threaded; owned and run by `main.swift` (or a test).
///
/// It returns when an action asks to quit, or when the terminal reports the end of input
/// (`nextEvent(timeout: nil)` returning nil). With a message showing, it waits at most
/// `messageTimeout` ms, and a timeout clears the message.
public struct Runner<T: Terminal> {
  public let terminal: T
  public private(set) var state: AppState
  public var keymap: Keymap
  public var messageTimeout: Int

  public init(terminal: T, state: AppState, keymap: Keymap = .standard, messageTimeout: Int = 4000) {
    self.terminal = terminal
    self.state = state
    self.keymap = keymap
    self.messageTimeout = messageTimeout
  }

  /// Runs until quit or end of input and returns the final state. Does not close the
  /// terminal: whoever opened it closes it (`defer { terminal.close() }` in main).
  @discardableResult
  public mutating func run() -> AppState {
    state.resize(to: terminal.size)
    var previous: Canvas?
    var needsFrame = true
    while true {
      if needsFrame {
        let frame = Screen.render(state)
        // A frame of another size cannot be diffed against.
        terminal.present(frame, previous: previous?.size == frame.size ? previous : nil)
        previous = frame
      }
      let timeout = state.message == nil ? nil : messageTimeout
      guard let event = terminal.nextEvent(timeout: timeout) else {
        if timeout == nil { return state }  // end of input
        state.message = nil  // the message has been up long enough
        needsFrame = true
        continue
      }
      switch event {
      case .resize(let size):
        state.resize(to: size)
        previous = nil
        needsFrame = true
      case .key(let key):
        guard let action = keymap.action(for: key) else {
          needsFrame = false
          continue
        }
        switch state.apply(action) {
        case .quit: return state
        case .none: needsFrame = false
        case .redraw: needsFrame = true
        case .repaint:
          previous = nil
          needsFrame = true
        }
      }
    }
  }
}
