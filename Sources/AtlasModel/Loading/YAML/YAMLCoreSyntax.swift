/// Byte-level recognisers for the YAML 1.2 core schema's plain-scalar forms.
///
/// They work on the raw UTF-8 bytes libyaml hands over, so the common case (a plain
/// word that is none of these) costs a glance at the first byte and no `String` work.
enum YAMLCoreSyntax {
  typealias Bytes = UnsafeBufferPointer<UInt8>

  /// `null | Null | NULL | ~ |` (empty).
  static func isNull(_ b: Bytes) -> Bool {
    switch b.count {
    case 0: return true
    case 1: return b[0] == UInt8(ascii: "~")
    case 4: return matches(b, "null") || matches(b, "Null") || matches(b, "NULL")
    default: return false
    }
  }

  /// `true | True | TRUE | false | False | FALSE`; nil when it is none of them.
  static func bool(_ b: Bytes) -> Bool? {
    switch b.count {
    case 4 where matches(b, "true") || matches(b, "True") || matches(b, "TRUE"): return true
    case 5 where matches(b, "false") || matches(b, "False") || matches(b, "FALSE"): return false
    default: return nil
    }
  }

  /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+` as a double; nil for anything else.
  static func int(_ b: Bytes) -> Double? {
    guard let first = b.first else { return nil }
    if first == UInt8(ascii: "0"), b.count > 2 {
      switch b[1] {
      case UInt8(ascii: "o"): return radixValue(b, from: 2, radix: 8)
      case UInt8(ascii: "x"): return radixValue(b, from: 2, radix: 16)
      default: break
      }
    }
    let digitsStart = (first == UInt8(ascii: "-") || first == UInt8(ascii: "+")) ? 1 : 0
    guard digitsStart < b.count else { return nil }
    for i in digitsStart..<b.count where !isDigit(b[i]) { return nil }
    // Up to 15 digits fit a double exactly; longer ones go through the correctly
    // rounding decimal conversion.
    if b.count - digitsStart <= 15 {
      var magnitude = 0
      for i in digitsStart..<b.count { magnitude = magnitude * 10 + Int(b[i] &- 48) }
      let value = Double(magnitude)
      return first == UInt8(ascii: "-") ? -value : value
    }
    return Double(String(decoding: b, as: UTF8.self))
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`,
  /// `\.(nan|NaN|NAN)`; nil for anything else.
  static func float(_ b: Bytes) -> Double? {
    guard !b.isEmpty else { return nil }
    var i = 0
    var negative = false
    if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") {
      negative = b[0] == UInt8(ascii: "-")
      i = 1
    }
    if let special = infinityOrNaN(b, signLength: i) {
      return negative ? -special : special
    }
    let integerDigits = countDigits(b, from: i)
    i += integerDigits
    var fractionDigits = 0
    if i < b.count, b[i] == UInt8(ascii: ".") {
      fractionDigits = countDigits(b, from: i + 1)
      i += 1 + fractionDigits
      // `.` alone, or `.e5`, is not a number: a leading dot needs digits after it.
      if integerDigits == 0 && fractionDigits == 0 { return nil }
    } else if integerDigits == 0 {
      return nil
    }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
      let exponentDigits = countDigits(b, from: i)
      guard exponentDigits > 0 else { return nil }
      i += exponentDigits
    }
    guard i == b.count else { return nil }
    return Double(String(decoding: b, as: UTF8.self))
  }

  /// Whether a plain scalar starting with this byte could be anything but a string.
  /// Every core-schema form starts with one of these, so other words skip all parsing.
  static func mayBeTyped(firstByte c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"),
      UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
      return true
    default:
      return false
    }
  }

  // MARK: - Pieces

  private static func infinityOrNaN(_ b: Bytes, signLength: Int) -> Double? {
    let rest = b.count - signLength
    guard rest == 4, b[signLength] == UInt8(ascii: ".") else { return nil }
    let tail = Bytes(rebasing: b[(signLength + 1)...])
    if matches(tail, "inf") || matches(tail, "Inf") || matches(tail, "INF") {
      return .infinity
    }
    // NaN takes no sign in the core schema.
    if signLength == 0, matches(tail, "nan") || matches(tail, "NaN") || matches(tail, "NAN") {
      return .nan
    }
    return nil
  }

  private static func radixValue(_ b: Bytes, from start: Int, radix: Int) -> Double? {
    var exact: UInt64 = 0
    var overflowed = false
    var approximate = 0.0
    for i in start..<b.count {
      guard let digit = digitValue(b[i]), digit < radix else { return nil }
      approximate = approximate * Double(radix) + Double(digit)
      if !overflowed {
        let (shifted, o1) = exact.multipliedReportingOverflow(by: UInt64(radix))
        let (sum, o2) = shifted.addingReportingOverflow(UInt64(digit))
        if o1 || o2 { overflowed = true } else { exact = sum }
      }
    }
    return overflowed ? approximate : Double(exact)
  }

  private static func digitValue(_ c: UInt8) -> Int? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c &- UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(c &- UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(c &- UInt8(ascii: "A")) + 10
    default: return nil
    }
  }

  private static func countDigits(_ b: Bytes, from start: Int) -> Int {
    var i = start
    while i < b.count, isDigit(b[i]) { i += 1 }
    return i - start
  }

  private static func isDigit(_ c: UInt8) -> Bool {
    c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
  }

  private static func matches(_ b: Bytes, _ word: StaticString) -> Bool {
    guard b.count == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for i in 0..<b.count where b[i] != w[i] { return false }
    return true
  }
}
