/// Colours one line of pretty-printed JSON (as `JSONText.pretty` writes it: one token
/// per structure, strings never broken across lines) by token: keys, strings, numbers,
/// literals and punctuation each get their role. The text itself is left exactly as it is.
public enum JSONHighlighter {
  public static func spans(_ line: String) -> [Span] {
    var spans: [Span] = []
    let chars = Array(line)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "\"" {
        let end = endOfString(chars, from: i)
        let text = String(chars[i..<end])
        var j = end
        while j < chars.count && chars[j] == " " { j += 1 }
        let isKey = j < chars.count && chars[j] == ":"
        spans.append(Span(text, isKey ? .jsonKey : .jsonString))
        i = end
      } else if "{}[],:".contains(c) {
        spans.append(Span(String(c), .jsonPunctuation))
        i += 1
      } else if c == "-" || c.isASCII && c.isNumber {
        let end = run(chars, from: i) { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
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

  /// The index just past the string literal starting at `start` (or the line's end if it
  /// is unterminated).
  private static func endOfString(_ chars: [Character], from start: Int) -> Int {
    var i = start + 1
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
