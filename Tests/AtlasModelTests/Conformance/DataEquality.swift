import AtlasModel

/// Equality of two values as data, the way yaml-test-suite's `in.json` means them:
/// numbers compare numerically (`1` and `1.0` are one number), objects compare as
/// key → value maps whatever the key order. Arrays keep their order.
enum DataEquality {
  static func same(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y || (x.isNaN && y.isNaN)
    case (.string(let x), .string(let y)): return x == y
    case (.array(let xs), .array(let ys)):
      return xs.count == ys.count && zip(xs, ys).allSatisfy { same($0, $1) }
    case (.object(let xs), .object(let ys)):
      let left = Dictionary(xs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, later in later })
      let right = Dictionary(ys.map { ($0.key, $0.value) }, uniquingKeysWith: { _, later in later })
      guard left.count == right.count else { return false }
      return left.allSatisfy { key, value in right[key].map { same(value, $0) } ?? false }
    default:
      return false
    }
  }
}
