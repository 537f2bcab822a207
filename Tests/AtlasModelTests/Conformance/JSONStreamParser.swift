import AtlasModel

/// Reads a run of JSON texts written one after another (yaml-test-suite's `in.json`
/// holds one per YAML document) into `Value`s. Test-only and strict: it exists because
/// `JSONSerialization` reads exactly one text and loses key order.
struct JSONStreamParser {
  struct Failure: Error, CustomStringConvertible {
    var offset: Int
    var message: String
    var description: String { "in.json byte \(offset): \(message)" }
  }

  private let bytes: [UInt8]
  private var i = 0

  static func values(in bytes: [UInt8]) throws(Failure) -> [Value] {
    var parser = JSONStreamParser(bytes: bytes)
    var out: [Value] = []
    parser.skipWhitespace()
    while parser.i < bytes.count {
      out.append(try parser.value(depth: 0))
      parser.skipWhitespace()
    }
    return out
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private mutating func value(depth: Int) throws(Failure) -> Value {
    guard depth < 512 else { throw fail("nested too deeply") }
    skipWhitespace()
    guard let c = peek() else { throw fail("unexpected end") }
    switch c {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    default: return .number(try number())
    }
  }

  private mutating func object(depth: Int) throws(Failure) -> Value {
    i += 1
    var members: [Value.Member] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "}") { i += 1; return .object(members) }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { throw fail("expected a key") }
      let key = try string()
      skipWhitespace()
      try expect(":")
      members.append(Value.Member(key, try value(depth: depth + 1)))
      skipWhitespace()
      if peek() == UInt8(ascii: ",") { i += 1; continue }
      try expect("}")
      return .object(members)
    }
  }

  private mutating func array(depth: Int) throws(Failure) -> Value {
    i += 1
    var items: [Value] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") { i += 1; return .array(items) }
    while true {
      items.append(try value(depth: depth + 1))
      skipWhitespace()
      if peek() == UInt8(ascii: ",") { i += 1; continue }
      try expect("]")
      return .array(items)
    }
  }

  private mutating func string() throws(Failure) -> String {
    i += 1
    var scalars = String.UnicodeScalarView()
    var runStart = i
    func flushRun(_ end: Int) {
      scalars.append(
        contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
    }
    while let c = peek() {
      switch c {
      case UInt8(ascii: "\""):
        flushRun(i)
        i += 1
        return String(scalars)
      case UInt8(ascii: "\\"):
        flushRun(i)
        i += 1
        scalars.append(try escape())
        runStart = i
      default:
        i += 1
      }
    }
    throw fail("unterminated string")
  }

  private mutating func escape() throws(Failure) -> Unicode.Scalar {
    guard let c = peek() else { throw fail("unterminated escape") }
    i += 1
    switch c {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{8}"
    case UInt8(ascii: "f"): return "\u{C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try hex4()
      if (0xD800..<0xDC00).contains(high), peek() == UInt8(ascii: "\\") {
        i += 1
        try expect("u")
        let low = try hex4()
        let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return Unicode.Scalar(UInt32(combined)) ?? "\u{FFFD}"
      }
      return Unicode.Scalar(UInt32(high)) ?? "\u{FFFD}"
    default:
      throw fail("bad escape")
    }
  }

  private mutating func hex4() throws(Failure) -> Int {
    guard i + 4 <= bytes.count,
      let n = Int(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
    else { throw fail("bad \\u escape") }
    i += 4
    return n
  }

  private mutating func number() throws(Failure) -> Double {
    let start = i
    while let c = peek(), "+-0123456789.eE".utf8.contains(c) { i += 1 }
    guard i > start, let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else {
      throw fail("bad value")
    }
    return d
  }

  private mutating func literal(_ word: String) throws(Failure) {
    for expected in word.utf8 {
      guard peek() == expected else { throw fail("expected \(word)") }
      i += 1
    }
  }

  private mutating func expect(_ char: Unicode.Scalar) throws(Failure) {
    guard peek() == UInt8(ascii: char) else { throw fail("expected '\(char)'") }
    i += 1
  }

  private mutating func skipWhitespace() {
    while let c = peek(), c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 }
  }

  private func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

  private func fail(_ message: String) -> Failure { Failure(offset: i, message: message) }
}
