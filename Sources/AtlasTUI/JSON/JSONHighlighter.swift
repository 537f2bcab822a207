/// Colours one line of pretty-printed JSON (as `JSONText.pretty` writes it: one token
/// per structure, strings never broken across lines) by token: keys, strings, numbers,
/// literals and punctuation each get their role. The text itself is left exactly as it is.
///
/// The JSON view draws a long line one screen row at a time, so a row can start inside a
/// string; `Context` says so, and `spans(_:startingIn:)` carries on from there.
public enum JSONHighlighter {
  /// Where a piece of a line starts, lexically.
  public enum Context: Hashable, Sendable {
    case outside
    /// Inside a number (the piece may start with `.678` or `e+3`).
    case inNumber
    /// Inside a string literal drawn in `role` (`.jsonKey` or `.jsonString`);
    /// `escaping` when the character before the piece was the backslash of an escape.
    case inString(ThemeRole, escaping: Bool)
  }

  public static func spans(_ line: String) -> [Span] {
    spans(line, startingIn: .outside)
  }

  /// Colours a piece of a line that starts in `context`. When the piece ends before it is
  /// known whether its last string is a key (no `:` or other token after it yet),
  /// `lastStringRole` says which it is, from the layout that saw the whole line.
  public static func spans(
    _ line: String, startingIn context: Context, lastStringRole: ThemeRole? = nil
  ) -> [Span] {
    var spans: [Span] = []
    let chars = Array(line)
    var i = 0
    switch context {
    case .outside: break
    case .inNumber:
      while i < chars.count && isNumberCharacter(chars[i]) { i += 1 }
      if i > 0 { spans.append(Span(String(chars[0..<i]), .jsonNumber)) }
    case .inString(let role, let escaping):
      let end = endOfString(chars, from: escaping ? 1 : 0)
      if end > 0 { spans.append(Span(String(chars[0..<end]), role)) }
      i = end
    }
    while i < chars.count {
      let c = chars[i]
      if c == "\"" {
        let end = endOfString(chars, from: i + 1)
        let text = String(chars[i..<end])
        var j = end
        while j < chars.count && chars[j] == " " { j += 1 }
        let role: ThemeRole
        if j < chars.count {
          role = chars[j] == ":" ? .jsonKey : .jsonString
        } else {
          role = lastStringRole ?? .jsonString
        }
        spans.append(Span(text, role))
        i = end
      } else if "{}[],:".contains(c) {
        spans.append(Span(String(c), .jsonPunctuation))
        i += 1
      } else if startsNumber(c) {
        let end = run(chars, from: i, while: isNumberCharacter)
        spans.append(Span(String(chars[i..<end]), .jsonNumber))
        i = end
      } else if c.isASCII && c.isLetter {
        let end = run(chars, from: i) { $0.isASCII && $0.isLetter }
        spans.append(Span(String(chars[i..<end]), .jsonLiteral))
        i = end
      } else {
        let end = run(chars, from: i) { !($0 == "\"" || "{}[],:-".contains($0) || $0.isASCII && ($0.isNumber || $0.isLetter)) }
        spans.append(Span(String(chars[i..<end]), .normal))
        i = end
      }
    }
    return spans
  }

  static func isNumberCharacter(_ c: Character) -> Bool {
    c.isASCII && (c.isNumber || "+-.eE".contains(c))
  }

  /// Where a number starts (outside strings).
  static func startsNumber(_ c: Character) -> Bool {
    c == "-" || c.isASCII && c.isNumber
  }

  /// The index just past the closing quote of a string whose contents start at `start`
  /// (or the end of the line if it is unterminated, as when the row ends first).
  private static func endOfString(_ chars: [Character], from start: Int) -> Int {
    var i = start
    while i < chars.count {
      if chars[i] == "\\" {
        i += 2
        continue
      }
      if chars[i] == "\"" { return i + 1 }
      i += 1
    }
    return chars.count
  }

  private static func run(_ chars: [Character], from start: Int, while ok: (Character) -> Bool) -> Int {
    var i = start
    while i < chars.count && ok(chars[i]) { i += 1 }
    return max(i, start + 1)
  }
}
