/// Strings and numbers of `JSONByteParser`.
extension JSONByteParser {
  mutating func parseString() throws(ReadError) -> String {
    offset += 1  // opening quote
    let start = offset
    // Fast path: no escapes, all ASCII or valid UTF-8 without control characters.
    var needsSlowPath = false
    while offset < bytes.count {
      let b = bytes[offset]
      if b == UInt8(ascii: "\"") { break }
      if b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 {
        needsSlowPath = true
        break
      }
      offset += 1
    }
    if !needsSlowPath {
      guard offset < bytes.count else { throw error("unterminated string") }
      let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
      offset += 1
      return s
    }
    var out: [UInt8] = Array(bytes[start..<offset])
    while true {
      guard offset < bytes.count else { throw error("unterminated string") }
      let b = bytes[offset]
      switch b {
      case UInt8(ascii: "\""):
        offset += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &out)
      case 0..<0x20:
        throw error("a raw control character (\(describeByte(b))) must be escaped in a string")
      case 0x80...:
        try copyUTF8Sequence(into: &out)
      default:
        out.append(b)
        offset += 1
      }
    }
  }

  /// Copies one multi-byte UTF-8 sequence, refusing overlong forms, surrogates and
  /// bytes that do not form a character.
  mutating func copyUTF8Sequence(into out: inout [UInt8]) throws(ReadError) {
    let b0 = bytes[offset]
    let length: Int
    var lowerBound: UInt8 = 0x80
    var upperBound: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lowerBound = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upperBound = 0x9F
    case 0xF0:
      length = 4
      lowerBound = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upperBound = 0x8F
    default: throw error("invalid UTF-8: \(describeByte(b0))")
    }
    guard offset + length <= bytes.count else { throw error("truncated UTF-8 sequence") }
    for i in 1..<length {
      let b = bytes[offset + i]
      let lo: UInt8 = i == 1 ? lowerBound : 0x80
      let hi: UInt8 = i == 1 ? upperBound : 0xBF
      guard b >= lo && b <= hi else { throw error("invalid UTF-8 sequence") }
    }
    out.append(contentsOf: bytes[offset..<offset + length])
    offset += length
  }

  mutating func parseEscape(into out: inout [UInt8]) throws(ReadError) {
    offset += 1  // backslash
    guard offset < bytes.count else { throw error("unterminated escape") }
    let c = bytes[offset]
    offset += 1
    switch c {
    case UInt8(ascii: "\""): out.append(0x22)
    case UInt8(ascii: "\\"): out.append(0x5C)
    case UInt8(ascii: "/"): out.append(0x2F)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4()
      if (0xD800...0xDBFF).contains(scalar) {
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
        else { throw error("lone high surrogate \\u\(String(scalar, radix: 16)) in string") }
        offset += 2
        let low = try parseHex4()
        guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair in string") }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error("lone low surrogate \\u\(String(scalar, radix: 16)) in string")
      }
      guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
      out.append(contentsOf: UTF8.encode(u)!)
    default:
      offset -= 1
      throw error("invalid escape \\\(describeByte(c))")
    }
  }

  mutating func parseHex4() throws(ReadError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw error("truncated \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[offset]
      let d: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw error("invalid hex digit in \\u escape")
      }
      v = v * 16 + d
      offset += 1
    }
    return v
  }

  /// RFC 8259 number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  mutating func parseNumber() throws(ReadError) -> Double {
    let start = offset
    func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
    if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    guard isDigit(offset) else { throw error("invalid number: expected a digit") }
    if bytes[offset] == UInt8(ascii: "0") {
      offset += 1
      if isDigit(offset) { throw error("invalid number: leading zero") }
    } else {
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard isDigit(offset) else { throw error("invalid number: expected a digit after '.'") }
      while isDigit(offset) { offset += 1 }
    }
    if offset < bytes.count && (bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")) {
      offset += 1
      if offset < bytes.count && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")) {
        offset += 1
      }
      guard isDigit(offset) else { throw error("invalid number: expected a digit in the exponent") }
      while isDigit(offset) { offset += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    // The grammar is checked above, so Double's parser only converts (huge → inf → null,
    // as JavaScript would print it).
    return Double(text) ?? .nan
  }
}
