/// The spellings theme files use for colours and attributes.
extension Style.Color {
  /// The eight ANSI names, in index order (0 black … 7 white); `bright-<name>` adds 8.
  public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// `default`, an ANSI name, `bright-<name>`; nil for anything else.
  public init?(name: String) {
    if name == "default" {
      self = .terminalDefault
    } else if let i = Self.ansiNames.firstIndex(of: name) {
      self = .index(i)
    } else if name.hasPrefix("bright-"), let i = Self.ansiNames.firstIndex(of: String(name.dropFirst(7))) {
      self = .index(8 + i)
    } else {
      return nil
    }
  }

  /// How a theme file writes this colour (a name where there is one, else the index).
  public var name: String {
    switch self {
    case .terminalDefault: return "default"
    case .index(let i) where i >= 0 && i < 8: return Self.ansiNames[i]
    case .index(let i) where i >= 8 && i < 16: return "bright-" + Self.ansiNames[i - 8]
    case .index(let i): return String(i)
    }
  }
}
