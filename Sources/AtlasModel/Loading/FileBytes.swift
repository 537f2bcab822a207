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
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw Failure(message: "cannot open: \(lastErrorText())") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(message: "cannot read: \(lastErrorText())") }
    let expected = Int(info.st_size)
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
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }
}

/// `read(2)`, named apart from `FileBytes.contents(of:)`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
