/// Formats a double exactly as JavaScript's `Number.prototype.toString` (and so
/// `JSON.stringify`) does, because the atlas UI that defines the payload is JavaScript.
///
/// Swift's `description` already yields the shortest digits that round-trip, which is
/// what ECMAScript asks for; only the layout differs (JS writes `1e+21` but
/// `100000000000000000000`, `1e-7` but `0.000001`), so we take Swift's digits and lay
/// them out by the ECMAScript rules (ECMA-262, Number::toString).
public enum JSNumberFormat {
  public static func string(_ value: Double) -> String {
    // JSON.stringify prints NaN and the infinities as null.
    guard value.isFinite else { return "null" }
    if value == 0 { return "0" }  // also -0, which JSON.stringify prints as 0
    let negative = value < 0
    let (digits, exponent) = shortestDigits(abs(value))
    let body = layout(digits: digits, pointPosition: exponent)
    return negative ? "-" + body : body
  }

  /// Digits without leading or trailing zeros, and `n` such that value = 0.digits × 10^n.
  static func shortestDigits(_ value: Double) -> (digits: [UInt8], n: Int) {
    let text = value.description  // e.g. "123.45", "1e-07", "1.2345e+20", "100.0"
    var mantissa = Substring(text)
    var exp10 = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exp10 = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits: [UInt8] = []
    var pointAt = -1
    for ch in mantissa.utf8 {
      if ch == UInt8(ascii: ".") {
        pointAt = digits.count
      } else {
        digits.append(ch - UInt8(ascii: "0"))
      }
    }
    if pointAt < 0 { pointAt = digits.count }
    var n = pointAt + exp10
    while let first = digits.first, first == 0 {
      digits.removeFirst()
      n -= 1
    }
    while let last = digits.last, last == 0 { digits.removeLast() }
    return (digits, n)
  }

  static func layout(digits: [UInt8], pointPosition n: Int) -> String {
    let k = digits.count
    let ds = String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    if k <= n && n <= 21 {
      return ds + String(repeating: "0", count: n - k)
    }
    if 0 < n && n <= 21 {
      let cut = ds.index(ds.startIndex, offsetBy: n)
      return ds[..<cut] + "." + ds[cut...]
    }
    if -6 < n && n <= 0 {
      return "0." + String(repeating: "0", count: -n) + ds
    }
    let e = n - 1
    let sign = e < 0 ? "-" : "+"
    let head = k == 1 ? ds : String(ds.prefix(1)) + "." + ds.dropFirst()
    return head + "e" + sign + String(abs(e))
  }
}
