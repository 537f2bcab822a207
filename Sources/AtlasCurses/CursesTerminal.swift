import AtlasTUI
import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

/// The real screen: a `Terminal` drawn with ncursesw.
///
/// ncurses is one global, single-threaded state (NOTES P5), so this is a non-Sendable
/// class that only the event loop owns and calls. It keeps the `SCREEN*` and `WINDOW*` that
/// `newterm` returned instead of reading curses' globals, which Swift 6 rejects (P4).
public final class CursesTerminal: Terminal {
  /// Where the screen lives.
  public enum Device {
    /// The process's own terminal (stdout/stdin), with signal handling (see `SignalGuard`).
    case standardStreams
    /// No screen at all: `/dev/null` as a terminal of the given terminfo type. For tests
    /// (NOTES P10); installs no signal handlers.
    case headless(terminalType: String)
  }

  /// How roles look. Changing it affects cells drawn afterwards, so present the next frame
  /// with `previous: nil` to repaint everything in the new colours.
  public var theme: Theme {
    didSet { looks.removeAll() }
  }

  /// False on a terminal without colour; callers pick a monochrome theme then.
  public var supportsColor: Bool { colorPairs.isEnabled }

  /// True when the locale is UTF-8, so characters beyond ASCII can be shown.
  public let isUTF8: Bool

  let screen: OpaquePointer
  let window: UnsafeMutablePointer<WINDOW>
  let colorPairs: ColorPairs
  /// Resolved (attributes, pair) per role, filled as roles are first drawn.
  var looks: [ThemeRole: (attributes: attr_t, pair: Int16)] = [:]
  private let files: (output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)?
  private let guardsSignals: Bool
  private(set) var isClosed = false
  private var lastSize: Size
  /// Reads that failed at once, in a row; see `nextEvent`.
  var quickFailures = 0
  var inputEnded = false
  static let quickFailuresMeaningEnd = 5

  /// Longest single wait inside `nextEvent`, in milliseconds: bounds how late a signal
  /// flag set just before the wait is noticed (see `SignalGuard`).
  static let waitSlice = 200

  /// Opens the screen. Throws, touching nothing, when the device is not a usable terminal.
  public init(device: Device = .standardStreams, theme: Theme) throws(CursesError) {
    self.theme = theme
    isUTF8 = UTF8Locale.activate()
    var terminalType: String?
    switch device {
    case .standardStreams:
      try Self.checkStandardStreams()
      guardsSignals = true
      files = nil
    case .headless(let type):
      guard let output = fopen("/dev/null", "w") else { throw .notATerminal("/dev/null") }
      guard let input = fopen("/dev/null", "r") else {
        fclose(output)
        throw .notATerminal("/dev/null")
      }
      terminalType = type
      guardsSignals = false
      files = (output, input)
    }

    if guardsSignals { SignalGuard.install() }
    let opened =
      files.map { newterm(terminalType, $0.output, $0.input) }
      ?? newterm(nil, atlas_stdout(), atlas_stdin())
    guard let opened, atlas_can_address_cursor() != 0, let window = atlas_stdscr() else {
      if let opened {
        endwin()
        delscreen(opened)
      }
      if let files {
        fclose(files.output)
        fclose(files.input)
      }
      if guardsSignals { SignalGuard.uninstall() }
      throw .unusableTerminalType(terminalType ?? Self.environmentTERM)
    }
    screen = opened
    self.window = window

    cbreak()  // keys arrive at once, but Ctrl-C and Ctrl-Z still send their signals
    noecho()
    nonl()  // Enter arrives as CR and output needs no newline translation
    keypad(window, true)  // arrows and function keys as KEY_* codes (NOTES P8)
    set_escdelay(25)  // Esc answers at once, not after a second (P9)
    curs_set(0)
    colorPairs = ColorPairs()
    lastSize = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  deinit { close() }

  public var size: Size {
    guard !isClosed else { return lastSize }
    lastSize = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    return lastSize
  }

  /// Restores the terminal (`endwin`) and frees the screen. Safe to call more than once.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    endwin()
    delscreen(screen)
    if let files {
      fclose(files.output)
      fclose(files.input)
    }
    guard guardsSignals else { return }
    SignalGuard.uninstall()
    // A signal that arrived while we were closing still decides how the process ends.
    if let signal = SignalGuard.pendingSignal { SignalGuard.reraise(signal) }
  }

  /// Refuses to start curses on a pipe or file: there the escape sequences would end up
  /// as garbage in the output, and keys could never be read.
  /// Public so a program can check before doing slow work such as loading a catalog.
  public static func checkStandardStreams() throws(CursesError) {
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal("standard output") }
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal("standard input") }
    guard environmentTERM?.isEmpty == false else { throw .unusableTerminalType(nil) }
  }

  static var environmentTERM: String? {
    getenv("TERM").map { String(cString: $0) }
  }
}
