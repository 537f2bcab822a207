/// A record's attributes packed into one byte buffer, decoded when they are shown.
///
/// A catalog of 100,000 records holds a million attribute values, and as `Value` trees
/// each string, list and map is an allocation of its own: the loaded catalog came to
/// several times its size on disk. Only one record's attributes are on screen at a time,
/// so they are kept packed (one allocation per record) and unpacked on demand.
///
/// Encoding: a value is a tag byte, then its payload: `null`, `false`, `true` none;
/// number 8 bytes (IEEE bits, little-endian); string a length then UTF-8 bytes; list a
/// count then values; map a count then (key string, value) pairs. Lengths and counts are
/// LEB128 varints. The whole buffer is the top-level map's pairs, without tag or count.
public struct CompactMembers: Hashable, Sendable {
  private let bytes: [UInt8]
  /// How many top-level members there are.
  public let count: Int

  public init(_ members: [Value.Member]) {
    var out: [UInt8] = []
    for member in members {
      Self.appendString(member.key, to: &out)
      Self.append(member.value, to: &out)
    }
    self.init(packed: out, count: members.count)
  }

  /// Already packed members (see `CompactMembers(nodes:)`).
  init(packed: [UInt8], count: Int) {
    // Growing by appends leaves up to half the capacity unused; a catalog keeps one of
    // these per record, so keep exactly what is used.
    bytes = Self.exactCapacity(packed)
    self.count = count
  }

  static func exactCapacity(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.count != bytes.capacity else { return bytes }
    return Array(unsafeUninitializedCapacity: bytes.count) { buffer, n in
      n = buffer.initialize(fromContentsOf: bytes)
    }
  }

  public static let empty = CompactMembers([])

  /// The members, decoded.
  public var members: [Value.Member] {
    var reader = Reader(bytes: bytes)
    var members: [Value.Member] = []
    members.reserveCapacity(count)
    for _ in 0..<count {
      guard let key = reader.string(), let value = reader.value() else { break }
      members.append(Value.Member(key, value))
    }
    return members
  }

  /// The first member named `key`, decoding only that value.
  public func value(forKey key: String) -> Value? {
    var reader = Reader(bytes: bytes)
    for _ in 0..<count {
      guard let name = reader.string() else { return nil }
      if name == key { return reader.value() }
      guard reader.skipValue() else { return nil }
    }
    return nil
  }

  // MARK: Encoding

  enum Tag: UInt8 {
    case null = 0, falseValue, trueValue, number, string, array, object
  }

  static func append(_ value: Value, to out: inout [UInt8]) {
    switch value {
    case .null: out.append(Tag.null.rawValue)
    case .bool(let b): out.append(b ? Tag.trueValue.rawValue : Tag.falseValue.rawValue)
    case .number(let d):
      out.append(Tag.number.rawValue)
      var bits = d.bitPattern.littleEndian
      withUnsafeBytes(of: &bits) { out.append(contentsOf: $0) }
    case .string(let s):
      out.append(Tag.string.rawValue)
      appendString(s, to: &out)
    case .array(let items):
      out.append(Tag.array.rawValue)
      appendVarint(items.count, to: &out)
      for item in items { append(item, to: &out) }
    case .object(let members):
      out.append(Tag.object.rawValue)
      appendVarint(members.count, to: &out)
      for member in members {
        appendString(member.key, to: &out)
        append(member.value, to: &out)
      }
    }
  }

  static func appendString(_ s: String, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { utf8 in
      appendVarint(utf8.count, to: &out)
      out.append(contentsOf: utf8)
    }
  }

  static func appendVarint(_ n: Int, to out: inout [UInt8]) {
    var n = UInt(n)
    while n >= 0x80 {
      out.append(UInt8(n & 0x7F) | 0x80)
      n >>= 7
    }
    out.append(UInt8(n))
  }

  // MARK: Decoding

  /// Reads the encoding front to back; every read checks bounds and answers nil on a
  /// short buffer, so a decoding bug shows as missing data, never as a trap.
  struct Reader {
    let bytes: [UInt8]
    var offset = 0

    mutating func byte() -> UInt8? {
      guard offset < bytes.count else { return nil }
      defer { offset += 1 }
      return bytes[offset]
    }

    mutating func varint() -> Int? {
      var result: UInt = 0
      var shift: UInt = 0
      while let b = byte() {
        result |= UInt(b & 0x7F) << shift
        if b & 0x80 == 0 { return Int(exactly: result) }
        shift += 7
        if shift > 63 { return nil }
      }
      return nil
    }

    mutating func string() -> String? {
      guard let length = varint(), length <= bytes.count - offset else { return nil }
      defer { offset += length }
      return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func value() -> Value? {
      guard let raw = byte(), let tag = Tag(rawValue: raw) else { return nil }
      switch tag {
      case .null: return .null
      case .falseValue: return .bool(false)
      case .trueValue: return .bool(true)
      case .number:
        guard bytes.count - offset >= 8 else { return nil }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return .number(Double(bitPattern: bits))
      case .string:
        return string().map(Value.string)
      case .array:
        guard let n = varint() else { return nil }
        var items: [Value] = []
        items.reserveCapacity(min(n, bytes.count))
        for _ in 0..<n {
          guard let item = value() else { return nil }
          items.append(item)
        }
        return .array(items)
      case .object:
        guard let n = varint() else { return nil }
        var members: [Value.Member] = []
        members.reserveCapacity(min(n, bytes.count))
        for _ in 0..<n {
          guard let key = string(), let item = value() else { return nil }
          members.append(Value.Member(key, item))
        }
        return .object(members)
      }
    }

    mutating func skipValue() -> Bool {
      guard let raw = byte(), let tag = Tag(rawValue: raw) else { return false }
      switch tag {
      case .null, .falseValue, .trueValue: return true
      case .number:
        guard bytes.count - offset >= 8 else { return false }
        offset += 8
        return true
      case .string:
        guard let length = varint(), length <= bytes.count - offset else { return false }
        offset += length
        return true
      case .array:
        guard let n = varint() else { return false }
        for _ in 0..<n where !skipValue() { return false }
        return true
      case .object:
        guard let n = varint() else { return false }
        for _ in 0..<n {
          guard let length = varint(), length <= bytes.count - offset else { return false }
          offset += length
          guard skipValue() else { return false }
        }
        return true
      }
    }
  }
}
