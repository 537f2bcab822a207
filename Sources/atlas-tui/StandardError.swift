import Foundation

/// Messages to stderr. `FileHandle` rather than `fputs(stderr)`: Swift 6 rejects reading
/// the C `stderr` global (NOTES P4).
enum StandardError {
  static func write(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Text that came from outside (an id, a path) with control characters made visible,
  /// so a message can never drive the user's terminal.
  static func visible(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
        ? scalar.escaped(asASCII: true) : String(scalar)
    }.joined()
  }

  /// `visible` for each line of a text, keeping its line breaks.
  static func visibleLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }
      .joined(separator: "\n")
  }
}
