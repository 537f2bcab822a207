/// Why a theme file was refused, and where: `file:line:column: message`, so an editor can
/// jump to it. main prints this and exits before the screen is taken over.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The theme file's path, when the theme came from a file.
  public var file: String?
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String? = nil, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    let place = "\(line):\(column)"
    return "\(file.map { $0 + ":" } ?? "")\(place): \(message)"
  }
}
