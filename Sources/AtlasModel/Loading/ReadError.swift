/// Why a file could not be read as YAML or JSON, and where (1-based line and column
/// within that file). The loader adds the file's path when it turns this into a
/// `Diagnostic`.
public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(line):\(column): \(message)" }
}
