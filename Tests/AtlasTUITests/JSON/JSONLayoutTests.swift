import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

/// The JSON view cuts rows out of long lines instead of wrapping whole lines each frame;
/// these tests pin that the rows and their colours are exactly what wrapping the whole
/// highlighted line gives.
struct JSONLayoutTests {
  /// What the JSON view showed before rows were laid out: every line highlighted whole,
  /// then wrapped. The reference the layout must reproduce cell for cell.
  private func wrappedWhole(_ lines: [String], width: Int) -> Canvas {
    let rows = lines.flatMap { TextWrap.wrap(JSONHighlighter.spans($0), width: width) }
    var canvas = Canvas(size: Size(width: width, height: rows.count))
    for (y, row) in rows.enumerated() {
      canvas.put(row, at: Point(x: 0, y: y), clip: Rect(x: 0, y: y, width: width, height: 1))
    }
    return canvas
  }

  private func byRows(_ json: RecordJSON) -> Canvas {
    let width = json.layout.width
    var canvas = Canvas(size: Size(width: width, height: json.layout.rows.count))
    for y in 0..<json.layout.rows.count {
      guard let spans = json.spans(ofRow: y) else { continue }
      canvas.put(spans, at: Point(x: 0, y: y),
        clip: Rect(x: 0, y: y, width: width, height: 1))
    }
    return canvas
  }

  /// Strings that wrap inside keys and values, across escapes, wide and combining
  /// characters, and controls that show as multi-column escapes.
  private static func trickyCatalog() -> Catalog {
    let record = Record(
      id: "t:1", kind: "T", file: "t/t.yaml", cluster: "t",
      attributes: [
        Value.Member("a long key that wraps across rows \"quoted\" too", .string("value \\ with \"escapes\" and\nnewlines\tand tabs")),
        Value.Member("wide", .string("中文字符中文字符中文字符 😀😀😀 e\u{301}e\u{301}e\u{301} \u{301}lone \u{7F}\u{85}\u{2028}")),
        Value.Member("n", .number(-12345.678)),
        Value.Member("big", .array([.number(1.5e300), .number(-1e-7), .number(0.000001)])),
        Value.Member("list", .array([.bool(true), .null, .string("x\"y:z")])),
      ],
      location: SourceLocation(file: "t/t.yaml", line: 1, column: 1))
    return Catalog(root: "/t", records: [record], diagnostics: [], fileCount: 1)
  }

  @Test("Rows cut from the layout draw exactly what wrapping each whole highlighted line draws")
  func matchesWholeLineWrapping() {
    let catalogs = [Self.trickyCatalog(), TestCatalogs.hostile(), SeedCatalog.make()]
    for catalog in catalogs {
      for index in catalog.records.indices {
        for width in [1, 2, 3, 5, 7, 11, 16, 40] {
          let json = RecordJSON(recordIndex: index, catalog: catalog, width: width)
          let expected = wrappedWhole(json.lines, width: width)
          let actual = byRows(json)
          #expect(actual.textRows == expected.textRows, "record \(index) width \(width)")
          #expect(actual.roleRows() == expected.roleRows(), "record \(index) width \(width)")
        }
      }
    }
  }

  @Test("After a width change the row on top shows the same text as before")
  func relayoutKeepsPlace() throws {
    let catalog = Self.trickyCatalog()
    var json = RecordJSON(recordIndex: 0, catalog: catalog, width: 10)
    let top = 17
    let before = try #require(json.text(ofRow: top))
    let now = json.relayout(width: 23, keeping: top)
    let after = try #require(json.text(ofRow: now))
    let oldRow = json.layout.rows[now]
    #expect(json.layout.width == 23)
    // The new top row contains the start of the old one.
    #expect(oldRow.line == JSONLayout(lines: json.lines, width: 10).rows[top].line)
    let line = json.lines[oldRow.line]
    let oldStart = JSONLayout(lines: json.lines, width: 10).rows[top].start
    #expect(oldRow.start <= oldStart)
    #expect(oldStart < oldRow.start + after.utf8.count || after.isEmpty)
    #expect(line.utf8.count >= oldStart + before.utf8.count)
  }

  @Test("A row that starts inside a key is coloured as a key, inside a value as a string")
  func contexts() {
    let layout = JSONLayout(lines: [#"  "abcdefgh": "ijklmnop\"q","#], width: 6)
    let contexts = layout.rows.map(\.context)
    #expect(contexts == [
      .outside,                                     // `  "abc`
      .inString(.jsonKey, escaping: false),         // `defgh"`
      .outside,                                     // `: "ijk`
      .inString(.jsonString, escaping: false),      // `lmnop\`
      .inString(.jsonString, escaping: true),       // `"q",`
    ])
  }
}
