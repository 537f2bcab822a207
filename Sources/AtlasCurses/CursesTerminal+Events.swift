import AtlasTUI
import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

extension CursesTerminal {
  /// Waits for a key or a resize, up to `timeout` ms (nil: until one comes).
  ///
  /// The wait is cut into short slices so a signal flag (see `SignalGuard`) is acted on
  /// promptly even if the signal arrived just before the wait began: a terminating signal
  /// closes the terminal and re-raises (this call does not return); a continue after a
  /// stop reports `.resize` at the current size, which makes the loop repaint in full.
  ///
  /// Returns `.inputEnded` once input has ended (the terminal went away without a
  /// SIGHUP, or input is not a terminal at all): then every read fails at once, and
  /// waiting on would spin a core forever. (A nil would not do: while the catalog loads
  /// the loop polls with a timeout, and nil then means only "nothing yet".)
  public func nextEvent(timeout: Int?) -> TerminalEvent? {
    guard !isClosed else { return nil }
    guard !inputEnded else { return .inputEnded }
    let clock = ContinuousClock()
    let deadline = timeout.map { clock.now.advanced(by: .milliseconds(max($0, 0))) }
    while true {
      if let event = handleSignals() { return event }
      var slice = Self.waitSlice
      if let deadline {
        let left = clock.now.duration(to: deadline)
        let leftMilliseconds =
          Int(left.components.seconds * 1000)
          + Int(left.components.attoseconds / 1_000_000_000_000_000)
        slice = min(slice, max(leftMilliseconds, 0))
      }
      wtimeout(window, Int32(slice))
      var code: wint_t = 0
      let started = clock.now
      let status = wget_wch(window, &code)
      if status == ERR, slice >= 20, started.duration(to: clock.now) < .milliseconds(slice / 2) {
        // Failed without waiting. A signal does that once; input at its end does it always.
        quickFailures += 1
        if quickFailures >= Self.quickFailuresMeaningEnd {
          inputEnded = true
          return .inputEnded
        }
      } else {
        quickFailures = 0
      }
      if let event = CursesKeys.event(status: status, code: UInt32(code), size: { self.size }) {
        return event
      }
      if let deadline, clock.now >= deadline {
        return handleSignals()
      }
    }
  }

  /// Acts on signals recorded by the handlers. Terminating ones end the process here.
  private func handleSignals() -> TerminalEvent? {
    if let signal = SignalGuard.pendingSignal {
      close()
      SignalGuard.reraise(signal)
    }
    guard SignalGuard.takeContinued() else { return nil }
    // The shell may have changed the modes while we were stopped; take ours back and
    // have curses repaint everything on the next update.
    reset_prog_mode()
    clearok(window, true)
    return .resize(size)
  }
}
