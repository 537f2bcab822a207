/// A problem found while loading a catalog, at the place it was written.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable {
    case error, warning
  }

  /// What kind of problem, for `check`'s summary counts.
  public enum Category: String, Hashable, Sendable {
    /// The file is not valid YAML or JSON (or cannot be read at all).
    case parse
    /// Valid syntax, but not a valid record: no id, duplicate id, malformed edge, ...
    case structure
    /// An edge whose target is not in the catalog.
    case dangling
  }

  public var location: SourceLocation
  public var severity: Severity
  public var category: Category
  public var message: String
  /// The record the problem concerns, when there is one (the browser jumps to it).
  public var recordID: String?

  public init(
    _ severity: Severity, _ category: Category, at location: SourceLocation, _ message: String,
    recordID: String? = nil
  ) {
    self.location = location
    self.severity = severity
    self.category = category
    self.message = message
    self.recordID = recordID
  }

  /// `file:line:column: severity: message`, the form compilers use, so editors and
  /// terminals can jump to it.
  public var description: String {
    "\(location): \(severity.rawValue): \(message)"
  }

  public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
    if a.location != b.location { return a.location < b.location }
    return a.message < b.message
  }
}
