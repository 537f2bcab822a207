import AtlasModel

/// The JSON view's text for one record, made when the view opens (not for every record
/// the selection passes over): `RecordPayload.text(of:in:)` split at its newlines (JSON
/// escapes newlines inside strings, so every line break is structural) and laid out in
/// rows at the view's width. Relaid only when the width changes; kept while its record
/// stays selected, even with the view closed.
public struct RecordJSON: Sendable {
  public let recordIndex: Int
  public let lines: [String]
  public private(set) var layout: JSONLayout

  public init(recordIndex: Int, catalog: Catalog, width: Int) {
    self.recordIndex = recordIndex
    self.lines = RecordPayload.text(of: recordIndex, in: catalog)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    self.layout = JSONLayout(lines: lines, width: width)
  }

  /// Lays the lines out at a new width; returns the row that now shows the text row
  /// `top` showed before, so the reader keeps their place.
  mutating func relayout(width: Int, keeping top: Int) -> Int {
    let anchor = layout.rows.indices.contains(top) ? layout.rows[top] : nil
    layout = JSONLayout(lines: lines, width: width)
    guard let anchor else { return 0 }
    return layout.rowIndex(showing: anchor.line, offset: anchor.start)
  }

  /// The text of row `index`, coloured as it would be within its whole line.
  public func spans(ofRow index: Int) -> [Span]? {
    guard let text = text(ofRow: index) else { return nil }
    let row = layout.rows[index]
    return JSONHighlighter.spans(text, startingIn: row.context, lastStringRole: row.lastStringRole)
  }

  /// The text of row `index`.
  public func text(ofRow index: Int) -> String? {
    guard layout.rows.indices.contains(index) else { return nil }
    let row = layout.rows[index]
    guard lines.indices.contains(row.line) else { return nil }
    let line = lines[row.line]
    let range = layout.byteRange(ofRow: index, lineLength: line.utf8.count)
    let utf8 = line.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
    return String(line[start..<end])
  }
}
