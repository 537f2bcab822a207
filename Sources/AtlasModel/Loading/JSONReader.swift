/// A strict RFC 8259 JSON parser that keeps object keys in the order written and records
/// where every value starts. Foundation's JSONSerialization loses key order, and the
/// atlas payload is all about order.
///
/// It works on bytes, counts lines and columns as it goes (columns in characters, not
/// bytes, so positions match an editor), refuses anything RFC 8259 refuses (trailing
/// commas, comments, leading zeros, lone surrogates in escapes, control characters in
/// strings, invalid UTF-8) and bounds nesting by `ReaderLimits.maxDepth`.
public enum JSONReader {
  /// Parses one JSON text (the whole input: only whitespace may follow the value).
  public static func value(in bytes: [UInt8], limits: ReaderLimits = .standard) throws(ReadError) -> Node {
    try bytes.withUnsafeBufferPointer { (buffer) throws(ReadError) -> Node in
      var parser = JSONByteParser(buffer, limits: limits)
      parser.skipByteOrderMark()
      parser.skipWhitespace()
      let node = try parser.parseValue(depth: 0)
      parser.skipWhitespace()
      if !parser.atEnd {
        throw parser.error("unexpected content after the JSON value")
      }
      return node
    }
  }

  /// Reads one JSON text, handing a top-level array's items to `emit` one at a time as
  /// `.item` (so a file holding a huge array never holds it all as nodes), and any other
  /// value as `.document`.
  public static func read(
    in bytes: [UInt8], limits: ReaderLimits = .standard, _ emit: (DocumentPiece) -> Void
  ) throws(ReadError) {
    try bytes.withUnsafeBufferPointer { (buffer) throws(ReadError) in
      var parser = JSONByteParser(buffer, limits: limits)
      parser.skipByteOrderMark()
      parser.skipWhitespace()
      if !parser.atEnd && buffer[parser.offset] == UInt8(ascii: "[") {
        try parser.parseArray(depth: 1) { emit(.item($0)) }
      } else {
        emit(.document(try parser.parseValue(depth: 0)))
      }
      parser.skipWhitespace()
      if !parser.atEnd {
        throw parser.error("unexpected content after the JSON value")
      }
    }
  }

  /// Parses JSON Lines: one JSON text per non-blank line. Throws the first bad line's
  /// error (use `readLines` to keep the good lines around a bad one).
  public static func lines(in bytes: [UInt8], limits: ReaderLimits = .standard) throws(ReadError) -> [Node] {
    var nodes: [Node] = []
    if let first = readLines(in: bytes, limits: limits, { nodes.append($0) }).first { throw first }
    return nodes
  }

  /// Parses JSON Lines, handing each good line's value to `emit`. Lines are independent
  /// records, so a bad line costs only itself: its error is returned and reading goes on
  /// at the next line.
  public static func readLines(
    in bytes: [UInt8], limits: ReaderLimits = .standard, _ emit: (Node) -> Void
  ) -> [ReadError] {
    bytes.withUnsafeBufferPointer { buffer -> [ReadError] in
      var parser = JSONByteParser(buffer, limits: limits)
      parser.skipByteOrderMark()
      var errors: [ReadError] = []
      while true {
        parser.skipWhitespace()
        if parser.atEnd { return errors }
        let line = parser.line
        do throws(ReadError) {
          let node = try parser.parseValue(depth: 0)
          parser.skipInlineWhitespace()
          if !parser.atEnd && parser.line == line && !parser.atNewline {
            throw parser.error("expected a new line after the JSON value (JSON Lines holds one value per line)")
          }
          emit(node)
        } catch {
          errors.append(error)
          parser.skipRestOfLine()
        }
      }
    }
  }
}
