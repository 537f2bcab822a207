/// Why the curses terminal could not be opened. Raised before the screen is touched, so
/// the caller can print it as an ordinary message.
public enum CursesError: Error, Equatable, CustomStringConvertible {
  /// Standard output or input is not a terminal (a pipe, a file, /dev/null).
  case notATerminal(String)
  /// `TERM` is unset, names a terminal the terminfo database does not know, or names one
  /// that cannot address the cursor (such as `dumb`).
  case unusableTerminalType(String?)

  public var description: String {
    switch self {
    case .notATerminal(let stream):
      return "\(stream) is not a terminal"
    case .unusableTerminalType(nil):
      return "TERM is not set"
    case .unusableTerminalType(let name?):
      return "TERM '\(Self.visible(name))' is unknown or cannot position the cursor"
    }
  }

  /// TERM comes from the environment: show it with control characters escaped.
  static func visible(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      (0x20..<0x7F).contains(scalar.value) ? String(scalar) : scalar.escaped(asASCII: true)
    }.joined()
  }
}
