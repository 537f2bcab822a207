#if canImport(Glibc)
  import Glibc
#endif

/// JSON text on its way to standard output. To a pipe or file it goes byte for byte as
/// the atlas UI prints it. To a terminal, the characters a terminal could act on (DEL,
/// C1 controls such as CSI U+009B, line/paragraph separators, bidi and other invisible
/// format characters), which JSON allows raw inside strings, are written as `\uXXXX`
/// escapes instead: still valid JSON for the same data, but inert on screen.
enum TerminalSafeJSON {
  static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

  static func forOutput(_ json: String) -> String {
    stdoutIsTerminal ? escaped(json) : json
  }

  /// `json` with risky characters escaped. They can only occur inside strings (JSON's
  /// own syntax is ASCII), where `\uXXXX` means the same character.
  static func escaped(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: isRisky) else { return json }
    var out = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      guard isRisky(scalar) else {
        out.append(scalar)
        continue
      }
      for unit in String(scalar).utf16 {
        let hex = String(unit, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      }
    }
    return String(out)
  }

  static func isRisky(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x7F...0x9F, 0x2028, 0x2029: return true
    case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x5FF: return false
    default: return scalar.properties.generalCategory == .format
    }
  }
}
