import CNcurses
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Gives the terminal back when the user interrupts, terminates or hangs up on us, and
/// repaints after the program is continued.
///
/// Why a flag and not restoring inside the handler: `endwin` writes through ncurses'
/// output buffer and is not async-signal-safe; called while the main loop is half-way
/// through `doupdate` it can interleave escape sequences or corrupt ncurses' state. So the
/// handler only records the signal (an atomic store, which is safe), and because it is
/// installed without `SA_RESTART` the blocking read in `wget_wch` returns at once with
/// EINTR. `CursesTerminal.nextEvent` then sees the flag, closes the terminal normally
/// (`endwin`, exactly what `q` does), restores the default action and re-raises the signal,
/// so the parent sees the real cause (exit status 128 + signal) and no Swift code runs on
/// a half-torn-down screen. `nextEvent` also never waits longer than a short slice, which
/// closes the window where a signal lands between the flag check and the wait.
///
/// If the loop does not come back (a runaway render) the user presses Ctrl-C again: a
/// second signal while one is pending restores the terminal from the handler itself, as
/// ncurses' own handlers do, and dies. Signals the parent told us to ignore (`nohup`, `&`
/// in a script) stay ignored.
///
/// A crash (a Swift trap is SIGILL or SIGTRAP, a bad pointer SIGSEGV/SIGBUS, abort()
/// SIGABRT) skips every `defer` and would leave the shell raw and on the alternate screen
/// (NOTES P11). Its handler puts back the action found at install (normally the Swift
/// runtime's backtracer) and then calls `endwin`: not async-signal-safe, but the process
/// is dying and a best effort beats a raw terminal; the backtrace then prints on a sane
/// screen. A real fault re-executes on return and reaches that action with its true
/// context; a crash signal sent with `kill` ends the process with the default action.
///
/// Ctrl-Z is left to ncurses: `newterm` installs its SIGTSTP handler when the action is
/// the default, and that handler calls `endwin` before stopping and `doupdate` (a full
/// repaint in program mode) after SIGCONT. We only add a SIGCONT flag so the event loop
/// also repaints from scratch after a stop ncurses did not see (SIGSTOP from `kill`).
enum SignalGuard {
  /// The terminating signal waiting to be acted on, or 0.
  static let pending = Atomic<Int32>(0)
  /// Set when the process was continued after a stop.
  static let continued = Atomic<Bool>(false)

  /// Ctrl-C, kill, a closed terminal, Ctrl-\: each ends the program, so each restores first.
  static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

  /// Installs the handlers. Call before `newterm`, so ncurses sees SIGINT and SIGTERM
  /// already handled and leaves them to us (it catches them only when they are default).
  static func install() {
    pending.store(0, ordering: .sequentiallyConsistent)
    continued.store(false, ordering: .sequentiallyConsistent)
    for signal in terminatingSignals {
      setHandler(signal, onTerminatingSignal, keepIgnored: true)
    }
    setHandler(SIGCONT, onContinue, keepIgnored: false)
    for signal in crashSignals {
      SavedSignalActions.shared.save(signal)
      var action = sigaction()
      action.__sigaction_handler.sa_sigaction = onCrash
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_SIGINFO
      sigaction(signal, &action, nil)
    }
    // A parent may hand us a mask that blocks these (a test runner's thread, a careless
    // launcher); then Ctrl-C, kill, Ctrl-Z and resizes would silently do nothing.
    var handled = sigset_t()
    sigemptyset(&handled)
    for signal in terminatingSignals + [SIGCONT, SIGTSTP, SIGWINCH] {
      sigaddset(&handled, signal)
    }
    sigprocmask(SIG_UNBLOCK, &handled, nil)
  }

  /// Puts back the actions found at `install`.
  static func uninstall() {
    SavedSignalActions.shared.restoreAll()
  }

  /// The terminating signal received since `install`, if any.
  static var pendingSignal: Int32? {
    let signal = pending.load(ordering: .sequentiallyConsistent)
    return signal == 0 ? nil : signal
  }

  /// True once per continue.
  static func takeContinued() -> Bool {
    continued.exchange(false, ordering: .sequentiallyConsistent)
  }

  /// Ends the process by `signal` with its default action, so the exit status tells the
  /// parent what happened. Call only after the terminal is restored.
  static func reraise(_ signal: Int32) -> Never {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, signal)
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    raise(signal)
    exit(128 + signal)  // only if the default action did not end us
  }

  private static func setHandler(
    _ signal: Int32, _ handler: @escaping @convention(c) (Int32) -> Void, keepIgnored: Bool
  ) {
    if keepIgnored, atlas_signal_is_ignored(signal) != 0 { return }
    SavedSignalActions.shared.save(signal)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: the wait in wget_wch must return with EINTR
    sigaction(signal, &action, nil)
  }
}

/// Signal handlers: only atomic stores, `sigaction`, `raise`, and `endwin` when dying.
private func onTerminatingSignal(_ signal: Int32) {
  let earlier = SignalGuard.pending.exchange(signal, ordering: .sequentiallyConsistent)
  guard earlier != 0 else { return }
  endwin()
  Glibc.signal(signal, SIG_DFL)
  raise(signal)  // blocked while this handler runs; delivered with the default action on return
}

private func onCrash(
  _ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
  let isFault = (info?.pointee.si_code ?? 0) > 0  // raised by the kernel for this instruction
  if isFault || signal == SIGABRT {
    // The fault repeats on return, and abort() ends the process after its handler: both
    // reach the action found at install (the backtracer) with the screen restored.
    if !SavedSignalActions.shared.restore(signal) { Glibc.signal(signal, SIG_DFL) }
    endwin()
    if !isFault { raise(signal) }
    return
  }
  // Sent with kill: nothing would repeat it, and the backtracer returns from a sent
  // signal, so die by it with the default action, like the terminating signals.
  Glibc.signal(signal, SIG_DFL)
  endwin()
  raise(signal)
}

private func onContinue(_ signal: Int32) {
  SignalGuard.continued.store(true, ordering: .sequentiallyConsistent)
}
