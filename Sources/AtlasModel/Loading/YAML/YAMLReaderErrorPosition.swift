/// Places a libyaml *reader* error (bad UTF-8, forbidden control character).
///
/// libyaml reports those with a byte offset only; its line/column mark is never filled
/// in for them. This counts lines and characters up to that offset the way libyaml's
/// marks count them, so every error the YAML reader throws has a real position.
enum YAMLReaderErrorPosition {
  static func error(
    problem: String, value: Int, offset: Int, in input: UnsafeBufferPointer<UInt8>
  ) -> ReadError {
    let (line, column) = position(ofByte: offset, in: input)
    return ReadError(line: line, column: column, message: problem + detail(problem, value))
  }

  /// 1-based line and column (in characters) of the byte at `offset`. Breaks are
  /// `\n`, `\r\n`, `\r`, NEL, LS and PS, as libyaml counts them; a leading BOM is not
  /// a column.
  static func position(ofByte offset: Int, in b: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    let end = min(max(offset, 0), b.count)
    var line = 1
    var column = 1
    var i = 0
    if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = min(3, end) }
    while i < end {
      let c = b[i]
      if let breakLength = lineBreakLength(at: i, in: b) {
        line += 1
        column = 1
        i += breakLength
        continue
      }
      // Count characters, not bytes: continuation bytes belong to the character before.
      if c & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return (line, column)
  }

  private static func lineBreakLength(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
    switch b[i] {
    case 0x0A: return 1
    case 0x0D: return (i + 1 < b.count && b[i + 1] == 0x0A) ? 2 : 1
    case 0xC2 where i + 1 < b.count && b[i + 1] == 0x85: return 2
    case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
      return 3
    default: return nil
    }
  }

  /// The offending byte (for UTF-8 problems) or character (for the rest), in hex.
  private static func detail(_ problem: String, _ value: Int) -> String {
    guard value >= 0 else { return "" }
    let hex = String(value, radix: 16, uppercase: true)
    if problem.contains("UTF-8") {
      return " (byte 0x\(hex.count < 2 ? "0" + hex : hex))"
    }
    return " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
  }
}
