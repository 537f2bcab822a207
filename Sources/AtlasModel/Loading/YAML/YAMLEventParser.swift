internal import CYaml

/// Owns a libyaml parser over borrowed input bytes, and hands out `YAMLEvent`s.
///
/// libyaml keeps the input pointer for the parser's whole life (NOTES P14). Copying a
/// file of hundreds of megabytes to be safe would double the memory a load needs, so
/// the parser borrows the buffer instead and can only be used through
/// `YAMLEventParser.withParser(over:_:)`, which keeps the buffer alive around every use
/// and deletes the parser before the buffer can go. Not `Sendable`: one parse, one owner.
final class YAMLEventParser {
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let input: UnsafeBufferPointer<UInt8>

  /// Runs `body` with a parser reading `bytes`; the parser does not outlive the call.
  static func withParser<R>(
    over bytes: [UInt8], _ body: (YAMLEventParser) throws(ReadError) -> R
  ) throws(ReadError) -> R {
    // An empty array may have no storage, and libyaml needs a real pointer even for
    // zero bytes: lend it one byte of storage but a length of zero.
    let storage = bytes.isEmpty ? [0] : bytes
    let result: Result<R, ReadError> = storage.withUnsafeBufferPointer { whole in
      do throws(ReadError) {
        let buffer = UnsafeBufferPointer(rebasing: whole[0..<bytes.count])
        let parser = try YAMLEventParser(borrowing: buffer, base: whole.baseAddress)
        defer { parser.close() }
        return .success(try body(parser))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  private var isOpen = true

  private init(
    borrowing buffer: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>?
  ) throws(ReadError) {
    input = buffer
    parser = .allocate(capacity: 1)
    guard yaml_parser_initialize(parser) == 1 else {
      parser.deallocate()
      throw ReadError(line: 1, column: 1, message: "out of memory starting the YAML parser")
    }
    if let base {
      yaml_parser_set_input_string(parser, base, buffer.count)
    }
  }

  /// Deletes the parser while the borrowed input is still valid.
  private func close() {
    guard isOpen else { return }
    isOpen = false
    yaml_parser_delete(parser)
    parser.deallocate()
  }

  deinit {
    close()
  }

  /// The next event of the stream. After `.streamEnd` libyaml keeps answering
  /// `.streamEnd`, so callers stop there.
  func next() throws(ReadError) -> YAMLEvent {
    var event = yaml_event_t()
    guard yaml_parser_parse(parser, &event) == 1 else { throw currentError() }
    defer { yaml_event_delete(&event) }
    return try Self.convert(&event)
  }

  // MARK: - Converting C events

  private static func convert(_ event: inout yaml_event_t) throws(ReadError) -> YAMLEvent {
    let at = YAMLEvent.Mark(
      line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    switch event.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_STREAM_END_EVENT: return .streamEnd
    case YAML_DOCUMENT_START_EVENT: return .documentStart
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_SEQUENCE_START_EVENT:
      return .sequenceStart(anchor: text(event.data.sequence_start.anchor), at: at)
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_START_EVENT:
      return .mappingStart(anchor: text(event.data.mapping_start.anchor), at: at)
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    case YAML_ALIAS_EVENT:
      return .alias(anchor: text(event.data.alias.anchor) ?? "", at: at)
    case YAML_SCALAR_EVENT:
      return try scalar(of: &event, at: at)
    default:
      // YAML_NO_EVENT: libyaml only produces it after an error it has already reported.
      throw ReadError(line: at.line, column: at.column, message: "unexpected end of YAML events")
    }
  }

  private static func scalar(
    of event: inout yaml_event_t, at: YAMLEvent.Mark
  ) throws(ReadError) -> YAMLEvent {
    let s = event.data.scalar
    // Valid until `yaml_event_delete`, which runs only after this returns.
    let bytes = UnsafeBufferPointer(start: s.value, count: s.length)
    let tag = text(s.tag).map(YAMLScalarResolver.Tag.init)
    do {
      let value = try YAMLScalarResolver.resolve(
        bytes, plain: s.style == YAML_PLAIN_SCALAR_STYLE, tag: tag)
      return .scalar(value, anchor: text(s.anchor), at: at)
    } catch {
      throw ReadError(line: at.line, column: at.column, message: error.message)
    }
  }

  /// Anchors and tags are NUL-terminated C strings (they cannot contain NUL).
  private static func text(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let p else { return nil }
    return String(cString: p)
  }

  // MARK: - Errors

  /// The parser's error as a `ReadError`: libyaml's own words (problem, then context)
  /// at its 0-based problem mark plus one.
  private func currentError() -> ReadError {
    let p = parser.pointee
    let problem = p.problem.map { String(cString: $0) } ?? "unknown YAML error"
    if p.error == YAML_READER_ERROR {
      return YAMLReaderErrorPosition.error(
        problem: problem, value: Int(p.problem_value), offset: p.problem_offset,
        in: input)
    }
    if p.error == YAML_MEMORY_ERROR {
      return ReadError(line: 1, column: 1, message: "out of memory while parsing YAML")
    }
    let line = Int(p.problem_mark.line) + 1
    let column = Int(p.problem_mark.column) + 1
    var message = problem
    if let context = p.context {
      // The context often starts elsewhere (an unterminated quote is found at the end of
      // the stream but began at the quote); say where, since the error points at the end.
      let contextLine = Int(p.context_mark.line) + 1
      let contextColumn = Int(p.context_mark.column) + 1
      let elsewhere = (contextLine, contextColumn) != (line, column)
      message += " (\(String(cString: context))"
      message += elsewhere ? " started at \(contextLine):\(contextColumn))" : ")"
    }
    return ReadError(line: line, column: column, message: message)
  }
}
