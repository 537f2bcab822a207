/// Turns a scalar's bytes, style and tag into a `Value` by the YAML 1.2 core schema.
///
/// libyaml types nothing (NOTES P16); this is where `12` becomes a number and `yes`
/// stays a string (the 1.1 "Norway problem" is deliberately not reproduced).
enum YAMLScalarResolver {
  /// Why a tagged scalar could not be given its tag's type; the caller adds the place.
  struct Failure: Error {
    var message: String
  }

  /// The tags that change how a scalar is read. Any other tag is ignored: the value is
  /// read as if untagged, because the atlas has no use for application types.
  enum Tag {
    case string, int, float, bool, null
    /// `!` — "not resolved by content": a plain scalar with it stays a string.
    case nonSpecific
    case other

    init(_ text: String) {
      switch text {
      case "tag:yaml.org,2002:str": self = .string
      case "tag:yaml.org,2002:int": self = .int
      case "tag:yaml.org,2002:float": self = .float
      case "tag:yaml.org,2002:bool": self = .bool
      case "tag:yaml.org,2002:null": self = .null
      case "!": self = .nonSpecific
      default: self = .other
      }
    }
  }

  static func resolve(
    _ bytes: UnsafeBufferPointer<UInt8>, plain: Bool, tag: Tag?
  ) throws(Failure) -> Value {
    switch tag {
    case .string?, .nonSpecific?:
      return .string(text(bytes))
    case .int?:
      guard let n = YAMLCoreSyntax.int(bytes) else { throw failure(bytes, "!!int") }
      return .number(n)
    case .float?:
      guard let n = YAMLCoreSyntax.int(bytes) ?? YAMLCoreSyntax.float(bytes) else {
        throw failure(bytes, "!!float")
      }
      return .number(n)
    case .bool?:
      guard let b = YAMLCoreSyntax.bool(bytes) else { throw failure(bytes, "!!bool") }
      return .bool(b)
    case .null?:
      guard YAMLCoreSyntax.isNull(bytes) else { throw failure(bytes, "!!null") }
      return .null
    case .other?, nil:
      return plain ? resolvePlain(bytes) : .string(text(bytes))
    }
  }

  /// Core-schema resolution of an untagged plain scalar. The first byte decides whether
  /// any parsing is tried, so ordinary words go straight to a string.
  static func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Value {
    guard let first = bytes.first else { return .null }
    guard YAMLCoreSyntax.mayBeTyped(firstByte: first) else { return .string(text(bytes)) }
    if YAMLCoreSyntax.isNull(bytes) { return .null }
    if let b = YAMLCoreSyntax.bool(bytes) { return .bool(b) }
    if let n = YAMLCoreSyntax.int(bytes) ?? YAMLCoreSyntax.float(bytes) { return .number(n) }
    return .string(text(bytes))
  }

  private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  private static func failure(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: String) -> Failure {
    Failure(message: "cannot read \(quotedForMessage(text(bytes))) as \(tag)")
  }

  /// The scalar as shown inside an error message: short, and with control characters
  /// escaped so a hostile value cannot play tricks on the terminal that prints it.
  private static func quotedForMessage(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars.prefix(40) {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    if s.unicodeScalars.count > 40 { out += "…" }
    return out + "\""
  }
}
