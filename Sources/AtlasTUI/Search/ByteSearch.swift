/// Finding a byte string inside a byte buffer: a scan for the first byte, then a compare
/// of the rest (memmem's simple form, in Swift). Queries are short and typed by hand, so
/// nothing cleverer pays for itself.
enum ByteSearch {
  /// The first position in `start..<end` of `buffer` where `needle` starts and ends
  /// before `end`; nil when there is none. An empty needle is found at `start`.
  static func find(
    _ needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int
  ) -> Int? {
    let length = needle.count
    let end = min(end, buffer.count)
    guard length > 0 else { return start <= end ? start : nil }
    guard start >= 0, end - start >= length else { return nil }
    let first = needle[0]
    let lastStart = end - length
    var i = start
    while i <= lastStart {
      if buffer[i] == first {
        var j = 1
        while j < length && buffer[i + j] == needle[j] { j += 1 }
        if j == length { return i }
      }
      i += 1
    }
    return nil
  }
}
