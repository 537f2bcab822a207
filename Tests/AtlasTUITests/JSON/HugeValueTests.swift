import AtlasModel
import Foundation
import Testing
import TestSupport

@testable import AtlasTUI

/// A record holding a 5 MB string must not freeze the browser: the record pane draws
/// only the start of the value, and the JSON view lays the value out once and then
/// draws only the rows on screen. Checks what is visible; prints timings, asserts none.
struct HugeValueTests {
  /// `<0000000><0000001>…`: every 9 characters say where they are, so any row of the
  /// wrapped value can be checked against arithmetic rather than against the layout.
  static let huge: String = {
    var text = ""
    let blocks = 5 * 1024 * 1024 / 9
    text.reserveCapacity(blocks * 9)
    for n in 0..<blocks {
      let digits = String(n)
      text += "<" + String(repeating: "0", count: 7 - digits.count) + digits + ">"
    }
    return text
  }()

  static let catalog: Catalog = {
    let big = Record(
      id: "blob:huge", kind: "Blob", file: "blobs/huge.yaml", cluster: "blobs",
      attributes: [Value.Member("displayName", .string("Huge")), Value.Member("huge", .string(huge))],
      location: SourceLocation(file: "blobs/huge.yaml", line: 1, column: 1))
    let small = Record(
      id: "blob:small", kind: "Blob", file: "blobs/small.yaml", cluster: "blobs",
      attributes: [Value.Member("displayName", .string("Small"))],
      location: SourceLocation(file: "blobs/small.yaml", line: 1, column: 1))
    return Catalog(root: "/huge", records: [big, small], diagnostics: [], fileCount: 2)
  }()

  private func timed<T>(_ label: String, _ work: () -> T) -> T {
    let start = ContinuousClock.now
    let result = work()
    print("[huge value] \(label): \(ContinuousClock.now - start)")
    return result
  }

  /// The JSON view's rows, computed the plain way: every line is ASCII, so a row is the
  /// next `width` characters.
  private func expectedRows(width: Int) -> [String] {
    let text = RecordPayload.text(of: 0, in: Self.catalog)
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
      let bytes = Array(line.utf8)
      guard !bytes.isEmpty else { return [""] }
      return stride(from: 0, to: bytes.count, by: width).map {
        String(decoding: bytes[$0..<min($0 + width, bytes.count)], as: UTF8.self)
      }
    }
  }

  /// The JSON view's text rows on screen, without the frame and margins.
  private func visibleJSON(_ state: AppState) -> [String] {
    let canvas = Screen.render(state)
    let area = state.jsonArea
    return (area.y..<area.maxY).map { y in
      var row = ""
      for x in area.x..<area.maxX where !canvas[x, y].isContinuation { row += canvas[x, y].text }
      while row.last == " " { row.removeLast() }
      return row
    }
  }

  @Test("A 5 MB string shows as its start in the record pane and reads whole, row by row, in the JSON view")
  func hugeString() throws {
    #expect(Self.huge.utf8.count > 5_000_000)
    var state = AppState(catalog: Self.catalog, screenSize: Size(width: 120, height: 40))
    let found = state.reveal(recordID: "blob:huge")
    #expect(found)
    _ = state.apply(.focusRight)
    _ = state.apply(.focusRight)

    let pane = timed("record pane frame") { Screen.render(state) }
    let hugeRow = try #require(pane.textRows.first { $0.contains("huge: ") })
    #expect(hugeRow.contains("huge: <0000000><0000001><0000002>"))
    #expect(hugeRow.contains("…"))
    _ = timed("record pane frame, again") { Screen.render(state) }

    _ = timed("open the JSON view (payload + layout)") { state.apply(.toggleRawJSON) }
    let width = state.jsonArea.width
    let height = state.jsonArea.height
    let rows = timed("expected rows, computed independently") { expectedRows(width: width) }
    #expect(state.json?.layout.rows.count == rows.count)
    #expect(rows.count > 5_000_000 / width)

    let first = timed("JSON view frame at the top") { visibleJSON(state) }
    #expect(first == Array(rows.prefix(height)))

    for _ in 0..<3 { _ = timed("page down") { state.apply(.pageDown) } }
    #expect(state.jsonScroll == 3 * (height - 1))
    #expect(visibleJSON(state) == Array(rows[state.jsonScroll..<(state.jsonScroll + height)]))

    // Jump into the middle of the value: a row deep inside shows its own blocks.
    for _ in 0..<1000 { _ = state.apply(.pageDown) }
    let middle = timed("JSON view frame in the middle") { visibleJSON(state) }
    #expect(middle == Array(rows[state.jsonScroll..<(state.jsonScroll + height)]))
    #expect(middle.first?.contains("<0") == true)

    _ = timed("End") { state.apply(.moveToBottom) }
    let last = visibleJSON(state)
    #expect(last == Array(rows.suffix(height)))
    #expect(last.last == "}")

    _ = timed("move up a row at the bottom") { state.apply(.moveUp) }
    timed("resize (lays the JSON out again)") { state.resize(to: Size(width: 100, height: 30)) }
    #expect(state.json?.layout.width == state.jsonArea.width)
    _ = timed("JSON view frame after resize") { Screen.render(state) }
  }
}
