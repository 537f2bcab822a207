/// A place in a catalog file. Lines and columns are 1-based, as editors and
/// `file:line:column` diagnostics count them (libyaml's marks are 0-based; readers add 1).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file's path relative to the catalog root, with `/` separators.
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// A line and column (1-based) within a file known from context; compact, because every
/// edge of a large catalog carries one.
public struct SourcePosition: Hashable, Sendable {
  public var line: Int32
  public var column: Int32

  public init(line: Int, column: Int) {
    self.line = Int32(clamping: line)
    self.column = Int32(clamping: column)
  }
}
