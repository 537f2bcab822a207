/// Prints values as JSON text the way JavaScript's `JSON.stringify` does, so that a
/// record printed here is byte-for-byte what the atlas UI shows.
///
/// `pretty` matches `JSON.stringify(value, null, 2)`: two spaces per level, `"key": value`,
/// `{}` and `[]` for empty containers. Strings escape only what JSON requires (`"`, `\`,
/// and control characters, with `\b \f \n \r \t` short forms and lowercase `\u00xx`
/// otherwise); `/` and non-ASCII are written raw.
public enum JSONText {
  public static func pretty(_ value: Value, indent: Int = 2) -> String {
    var out = ""
    out.reserveCapacity(256)
    write(value, into: &out, indentUnit: indent, level: 0)
    return out
  }

  public static func compact(_ value: Value) -> String {
    var out = ""
    write(value, into: &out, indentUnit: 0, level: 0)
    return out
  }

  static func write(_ value: Value, into out: inout String, indentUnit: Int, level: Int) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let d): out += JSNumberFormat.string(d)
    case .string(let s): appendQuoted(s, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        newline(&out, indentUnit, level + 1)
        write(item, into: &out, indentUnit: indentUnit, level: level + 1)
      }
      newline(&out, indentUnit, level)
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, member) in members.enumerated() {
        if i > 0 { out += "," }
        newline(&out, indentUnit, level + 1)
        appendQuoted(member.key, to: &out)
        out += indentUnit > 0 ? ": " : ":"
        write(member.value, into: &out, indentUnit: indentUnit, level: level + 1)
      }
      newline(&out, indentUnit, level)
      out += "}"
    }
  }

  private static func newline(_ out: inout String, _ unit: Int, _ level: Int) {
    guard unit > 0 else { return }
    out += "\n"
    out += String(repeating: " ", count: unit * level)
  }

  /// Appends `s` as a JSON string literal.
  public static func appendQuoted(_ s: String, to out: inout String) {
    out += "\""
    // Fast path: most atlas strings need no escaping at all.
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      out += s
      out += "\""
      return
    }
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
