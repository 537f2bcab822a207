/// JSON lines broken into screen rows at one width, the way `TextWrap.wrap` breaks them
/// (between graphemes, by drawn width, escapes included), but kept as row starts instead
/// of copies of the text. A record with a multi-megabyte string has one JSON line of
/// tens of thousands of rows: it is measured once per record and width, and each frame
/// then draws only the rows on screen.
public struct JSONLayout: Sendable {
  public struct Row: Hashable, Sendable {
    /// Index of the JSON line.
    public var line: Int
    /// Where the row starts in the line, in UTF-8 bytes (always a grapheme boundary).
    public var start: Int
    /// Inside what the row starts, so it is coloured as if drawn with its whole line.
    public var context: JSONHighlighter.Context
    /// The role of the last string that opens in this row, for when the row ends before
    /// it shows whether that string is a key.
    public var lastStringRole: ThemeRole = .jsonString
  }

  public let width: Int
  public let rows: [Row]

  public init(lines: [String], width: Int) {
    self.width = max(1, width)
    var rows: [Row] = []
    rows.reserveCapacity(lines.count)
    for (index, line) in lines.enumerated() {
      Self.layOut(line, index: index, width: self.width, into: &rows)
    }
    self.rows = rows
  }

  /// The first row at or after `row`'s place in the text, for keeping the same text on top
  /// after the width changes.
  public func rowIndex(showing line: Int, offset: Int) -> Int {
    var low = 0
    var high = rows.count - 1
    var best = 0
    while low <= high {
      let mid = (low + high) / 2
      let row = rows[mid]
      if row.line < line || row.line == line && row.start <= offset {
        best = mid
        low = mid + 1
      } else {
        high = mid - 1
      }
    }
    return best
  }

  /// The UTF-8 range of row `index` within its line.
  public func byteRange(ofRow index: Int, lineLength: Int) -> Range<Int> {
    guard rows.indices.contains(index) else { return 0..<0 }
    let row = rows[index]
    let next = index + 1 < rows.count && rows[index + 1].line == row.line ? rows[index + 1].start : lineLength
    return row.start..<max(row.start, next)
  }

  /// What a grapheme means to the lexer. Only single ASCII characters are JSON syntax;
  /// any other grapheme (even `"` with a combining mark) is `.other`, as the highlighter,
  /// which compares whole Characters, reads it.
  private enum Symbol {
    case quote, backslash, colon, space
    /// `-` and digits: start a number, and continue one.
    case numberStart
    /// `+`, `.`, `e`, `E`: continue a number.
    case numberPart
    case other

    init(ascii byte: UInt8) {
      switch byte {
      case UInt8(ascii: "\""): self = .quote
      case UInt8(ascii: "\\"): self = .backslash
      case UInt8(ascii: ":"): self = .colon
      case UInt8(ascii: " "): self = .space
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): self = .numberStart
      case UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): self = .numberPart
      default: self = .other
      }
    }
  }

  /// Lexical state carried along a line while measuring it.
  private struct Lexer {
    var context = JSONHighlighter.Context.outside
    /// Rows that started inside the string just closed: whether it was a key is known
    /// only at the first non-space character after it.
    var rowsInString: [Int] = []
    var awaitingColon: [Int] = []
    /// The row the open string started in, then (once closed) while it is not known to
    /// be a key.
    var openedIn: Int?
    var openedInAwaiting: Int?

    mutating func step(_ symbol: Symbol, rows: inout [Row]) {
      switch context {
      case .outside, .inNumber:
        if symbol != .space { resolveString(keyed: symbol == .colon, rows: &rows) }
        // A number runs while its characters do, exactly as the highlighter reads it.
        if context == .inNumber && (symbol == .numberStart || symbol == .numberPart) { return }
        context = .outside
        if symbol == .numberStart {
          context = .inNumber
        } else if symbol == .quote {
          context = .inString(.jsonString, escaping: false)
          openedIn = rows.count - 1
          rows[rows.count - 1].lastStringRole = .jsonString
        }
      case .inString(let role, let escaping):
        if escaping {
          context = .inString(role, escaping: false)
        } else if symbol == .backslash {
          context = .inString(role, escaping: true)
        } else if symbol == .quote {
          context = .outside
          awaitingColon = rowsInString
          rowsInString = []
          openedInAwaiting = openedIn
          openedIn = nil
        }
      }
    }

    /// The first character after a closed string that is not a space says whether the
    /// string was a key; rows that started inside it, and the row it opened in, learn so.
    private mutating func resolveString(keyed: Bool, rows: inout [Row]) {
      if keyed {
        for r in awaitingColon { rows[r].context = .inString(.jsonKey, escaping: Self.escaping(rows[r])) }
        if let r = openedInAwaiting { rows[r].lastStringRole = .jsonKey }
      }
      awaitingColon = []
      openedInAwaiting = nil
    }

    static func escaping(_ row: Row) -> Bool {
      if case .inString(_, let escaping) = row.context { return escaping }
      return false
    }

    var inPlainString: Bool {
      if case .inString(_, escaping: false) = context { return true }
      return false
    }
  }

  /// Measures one line. Bytes are read directly where that is exact: printable ASCII
  /// followed by ASCII is a grapheme of its own, one column wide (only CR LF joins two
  /// ASCII characters, and CR is not printable). Anything else is read as a grapheme and
  /// measured by its safe width. Runs of plain string content, the bulk of a huge value,
  /// are cut into rows by arithmetic.
  private static func layOut(_ line: String, index: Int, width: Int, into rows: inout [Row]) {
    var lexer = Lexer()
    rows.append(Row(line: index, start: 0, context: .outside))
    var used = 0
    func startRow(at offset: Int) {
      if case .inString = lexer.context { lexer.rowsInString.append(rows.count) }
      rows.append(Row(line: index, start: offset, context: lexer.context))
      used = 0
    }
    let bytes = Array(line.utf8)
    let count = bytes.count
    func isPlainASCII(_ k: Int) -> Bool {
      let byte = bytes[k]
      return byte >= 0x20 && byte < 0x7F && (k + 1 >= count || bytes[k + 1] < 0x80)
    }
    var offset = 0
    while offset < count {
      if lexer.inPlainString {
        var end = offset
        while end < count && bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") && isPlainASCII(end) {
          end += 1
        }
        var at = offset
        while at < end {
          if used >= width { startRow(at: at) }
          let take = min(width - used, end - at)
          used += take
          at += take
        }
        offset = end
        if offset >= count { break }
      }
      let symbol: Symbol
      let columns: Int
      let next: Int
      if isPlainASCII(offset) {
        symbol = Symbol(ascii: bytes[offset])
        columns = 1
        next = offset + 1
      } else {
        let start = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
        let character = line[start]
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.isASCII {
          symbol = Symbol(ascii: UInt8(only.value))  // e.g. a quote before a wide character
        } else {
          symbol = .other
        }
        columns = SafeText.width(of: character)
        next = max(offset + 1, line.utf8.distance(from: line.utf8.startIndex, to: line.index(after: start)))
      }
      if used + columns > width && used > 0 { startRow(at: offset) }
      used += columns
      lexer.step(symbol, rows: &rows)
      offset = next
    }
  }
}
