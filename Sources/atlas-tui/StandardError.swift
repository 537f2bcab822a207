import AtlasTUI
import Foundation

/// Messages to stderr. `FileHandle` rather than `fputs(stderr)`: Swift 6 rejects reading
/// the C `stderr` global (NOTES P4).
enum StandardError {
  static func write(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Text that came from outside (an id, a path) with control, bidi and invisible
  /// characters made visible (the browser's own rule, `SafeText.needsEscape`), so a
  /// message can never drive the user's terminal or hide a difference between two ids.
  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: SafeText.needsEscape) else { return text }
    return text.unicodeScalars.map { scalar in
      SafeText.needsEscape(scalar) ? scalar.escaped(asASCII: true) : String(scalar)
    }.joined()
  }

  /// `visible` for each line of a text, keeping its line breaks.
  static func visibleLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }
      .joined(separator: "\n")
  }
}
