/// One value packed the way `CompactMembers` packs attributes: an edge's `attributes`
/// kept as bytes, since a large catalog has hundreds of thousands of them and shows one
/// record's at a time. `{}`, by far the most common, shares a single buffer.
public struct PackedValue: Hashable, Sendable {
  private let bytes: [UInt8]

  public init(_ value: Value) {
    if value == .object([]) {
      self = PackedValue.emptyObject
      return
    }
    var out: [UInt8] = []
    CompactMembers.append(value, to: &out)
    bytes = CompactMembers.exactCapacity(out)
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private static let emptyObject = PackedValue(bytes: [CompactMembers.Tag.object.rawValue, 0])

  public var value: Value {
    var reader = CompactMembers.Reader(bytes: bytes)
    return reader.value() ?? .null
  }
}
