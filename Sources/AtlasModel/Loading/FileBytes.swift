#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file, read-only: the catalog belongs to the user, so we open it with
/// O_RDONLY, take no lock and change nothing. (The access time is the kernel's to
/// update under the mount's atime policy; Glibc's module does not expose O_NOATIME.)
enum FileBytes {
  struct Failure: Error {
    var message: String
  }

  static func contents(of path: String) throws(Failure) -> [UInt8] {
    try contents(of: RawPath(path))
  }

  static func contents(of path: RawPath) throws(Failure) -> [UInt8] {
    let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else { throw Failure(message: "cannot open: \(lastErrorText())") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(message: "cannot read: \(lastErrorText())") }
    let expected = Int(info.st_size)
    guard expected <= maxSize else {
      throw Failure(message: "file is \(expected) bytes, over the \(maxSize)-byte limit for one catalog file; not read")
    }
    var bytes = [UInt8]()
    bytes.reserveCapacity(expected + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw Failure(message: "cannot read: \(lastErrorText())")
      }
      if n == 0 { break }
      // Catalog text never holds a NUL byte (YAML and JSON both forbid it), so a NUL in
      // the first chunk means a binary file with a catalog name: say so instead of
      // reading all of it. (UTF-16 text, which libyaml reads, starts with its BOM.)
      if bytes.isEmpty, !startsWithUTF16ByteOrderMark(chunk[0..<n]), let nul = chunk[0..<n].firstIndex(of: 0) {
        throw Failure(message: "binary file (a NUL byte at offset \(nul)); not read")
      }
      bytes.append(contentsOf: chunk[0..<n])
      guard bytes.count <= maxSize else {
        throw Failure(message: "file grew past the \(maxSize)-byte limit for one catalog file; not read")
      }
    }
    return bytes
  }

  /// One catalog file may be at most 2 GiB: positions are kept in 32 bits, and a larger
  /// "catalog file" is far more likely a mistake than a catalog.
  static let maxSize = 1 << 31

  private static func startsWithUTF16ByteOrderMark(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard bytes.count >= 2 else { return false }
    let a = bytes[bytes.startIndex]
    let b = bytes[bytes.startIndex + 1]
    return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)
  }
}

/// `read(2)`, named apart from `FileBytes.contents(of:)`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
