#if canImport(Glibc)
  import Glibc
#endif

/// A file-system path as the bytes the kernel knows it by. Linux names are bytes, not
/// text: a name that is not valid UTF-8 cannot round-trip through a Swift `String` (its
/// bad bytes would become U+FFFD and the file could no longer be opened), so paths are
/// built and opened as bytes, and only shown as text.
struct RawPath: Hashable, Sendable {
  private(set) var bytes: [UInt8]

  init(_ path: String) {
    bytes = Array(path.utf8)
  }

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  func appending(_ name: [UInt8]) -> RawPath {
    var joined = bytes
    if joined.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
    joined.append(contentsOf: name)
    return RawPath(bytes: joined)
  }

  /// Calls `body` with the path as a NUL-terminated C string.
  func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
    let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
    return terminated.withUnsafeBufferPointer { buffer in
      if let base = buffer.baseAddress { return body(base) }
      let nul: CChar = 0  // not reached: `terminated` always holds the NUL
      return withUnsafePointer(to: nul) { body($0) }
    }
  }

  /// A name's bytes as text for messages and `_file`: valid UTF-8 as it is, otherwise
  /// every byte outside ASCII written `\xHH`, so the name stays recognisable and no
  /// two different names look the same.
  static func displayText(_ name: [UInt8]) -> String {
    if let text = String(validating: name, as: UTF8.self) { return text }
    var out = ""
    for byte in name {
      if byte < 0x80 {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "\\x" + (hex.count < 2 ? "0" : "") + hex
      }
    }
    return out
  }
}
