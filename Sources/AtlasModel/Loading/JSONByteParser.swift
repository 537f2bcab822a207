/// The cursor and grammar behind `JSONReader`. Recursive descent over a byte buffer;
/// recursion depth is bounded by `limits.maxDepth`, so hostile nesting cannot overflow
/// the stack.
struct JSONByteParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: ReaderLimits
  var offset = 0
  /// 1-based line of `offset`, and the offset where that line starts (for columns).
  var line = 1
  var lineStart = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, limits: ReaderLimits) {
    self.bytes = bytes
    self.limits = limits
  }

  var atEnd: Bool { offset >= bytes.count }
  var atNewline: Bool { !atEnd && (bytes[offset] == 0x0A || bytes[offset] == 0x0D) }

  /// A column already counted on the current line: parsing only moves forward, so
  /// counting resumes from here and a long single-line document stays linear.
  var countedOffset = 0
  var countedColumn = 1

  /// 1-based column of `offset`, counted in characters (UTF-8 continuation bytes skipped).
  mutating func currentColumn() -> Int {
    if countedOffset < lineStart || countedOffset > offset {
      countedOffset = lineStart
      countedColumn = 1
    }
    while countedOffset < offset && countedOffset < bytes.count {
      if bytes[countedOffset] & 0xC0 != 0x80 { countedColumn += 1 }
      countedOffset += 1
    }
    return countedColumn
  }

  mutating func error(_ message: String) -> ReadError {
    ReadError(line: line, column: currentColumn(), message: message)
  }

  mutating func skipByteOrderMark() {
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { offset = 3 }
  }

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0D: offset += 1
      case 0x0A:
        offset += 1
        line += 1
        lineStart = offset
      default: return
      }
    }
  }

  /// Moves to the start of the next line (after an error in JSON Lines). A string that
  /// was cut short by the error cannot span lines, since JSON strings hold no raw newline.
  mutating func skipRestOfLine() {
    while offset < bytes.count && bytes[offset] != 0x0A { offset += 1 }
  }

  mutating func skipInlineWhitespace() {
    while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
  }

  mutating func parseValue(depth: Int) throws(ReadError) -> Node {
    guard offset < bytes.count else { throw error("unexpected end of input, expected a value") }
    let startLine = line
    let startColumn = currentColumn()
    func node(_ content: Node.Content) -> Node { Node(content, line: startLine, column: startColumn) }
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      guard depth < limits.maxDepth else { throw error("nesting deeper than \(limits.maxDepth) levels") }
      return node(.mapping(try parseObject(depth: depth + 1)))
    case UInt8(ascii: "["):
      guard depth < limits.maxDepth else { throw error("nesting deeper than \(limits.maxDepth) levels") }
      return node(.sequence(try parseArray(depth: depth + 1)))
    case UInt8(ascii: "\""):
      return node(.scalar(.string(try parseString())))
    case UInt8(ascii: "t"):
      try expectWord("true")
      return node(.scalar(.bool(true)))
    case UInt8(ascii: "f"):
      try expectWord("false")
      return node(.scalar(.bool(false)))
    case UInt8(ascii: "n"):
      try expectWord("null")
      return node(.scalar(.null))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return node(.scalar(.number(try parseNumber())))
    default:
      throw error("unexpected \(describeByte(bytes[offset])), expected a value")
    }
  }

  mutating func parseObject(depth: Int) throws(ReadError) -> [Node.Pair] {
    offset += 1  // {
    var pairs: [Node.Pair] = []
    skipWhitespace()
    if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
      offset += 1
      return pairs
    }
    while true {
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
        throw error(atEnd ? "unexpected end of input inside an object" : "expected a string key")
      }
      let key = try parseValue(depth: depth)
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
        throw error("expected ':' after an object key")
      }
      offset += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      pairs.append(Node.Pair(key: key, value: value))
      skipWhitespace()
      guard offset < bytes.count else { throw error("unexpected end of input inside an object") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "}") {
        offset += 1
        return pairs
      }
      throw error("expected ',' or '}' in an object")
    }
  }

  mutating func parseArray(depth: Int) throws(ReadError) -> [Node] {
    var items: [Node] = []
    try parseArray(depth: depth) { items.append($0) }
    return items
  }

  /// Parses an array, handing each item to `take` as soon as it is complete.
  mutating func parseArray(depth: Int, _ take: (Node) -> Void) throws(ReadError) {
    offset += 1  // [
    skipWhitespace()
    if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      return
    }
    while true {
      skipWhitespace()
      take(try parseValue(depth: depth))
      skipWhitespace()
      guard offset < bytes.count else { throw error("unexpected end of input inside an array") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "]") {
        offset += 1
        return
      }
      throw error("expected ',' or ']' in an array")
    }
  }

  mutating func expectWord(_ word: String) throws(ReadError) {
    let start = offset
    for expected in word.utf8 {
      guard offset < bytes.count, bytes[offset] == expected else {
        offset = start  // report where the bad literal starts
        throw error("invalid literal, expected '\(word)'")
      }
      offset += 1
    }
  }

  func describeByte(_ b: UInt8) -> String {
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    let hex = String(b, radix: 16, uppercase: true)
    return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
  }
}
