import Testing
import TestSupport

@testable import AtlasTUI

struct CanvasDrawingTests {
  private func canvas(_ w: Int, _ h: Int) -> Canvas { Canvas(size: Size(width: w, height: h)) }

  @Test("Text that fits is drawn whole and returns its width")
  func fits() {
    var c = canvas(10, 1)
    #expect(c.put("hello", at: Point(x: 1, y: 0), role: .normal) == 5)
    expectScreen(c, rows: " hello")
  }

  @Test("Text wider than the clip ends with an ellipsis in the last column")
  func ellipsis() {
    var c = canvas(10, 1)
    let used = c.put("abcdefghijkl", at: Point(x: 0, y: 0), role: .normal, clip: Rect(x: 0, y: 0, width: 6, height: 1))
    #expect(used == 6)
    expectScreen(c, rows: "abcde…")
  }

  @Test("Truncation counts display columns: CJK takes two per character")
  func cjkTruncation() {
    var c = canvas(7, 2)
    c.put("中文字符串", at: Point(x: 0, y: 0), role: .normal)
    c.put("中文字", at: Point(x: 0, y: 1), role: .normal)
    // 7 columns: three wide characters (6) would leave no room for the ellipsis.
    expectScreen(c, rows: "中文字…\n中文字")
    #expect(c[6, 0].text == "…")
    #expect(c[1, 0].isContinuation)
  }

  @Test("A wide character that does not fit before the ellipsis leaves a blank, never half")
  func wideAtEllipsisEdge() {
    var c = canvas(6, 1)
    c.put("ab中文", at: Point(x: 0, y: 0), role: .normal)  // 6 columns: fits exactly
    expectScreen(c, rows: "ab中文")
    var d = canvas(5, 1)
    d.put("ab中文", at: Point(x: 0, y: 0), role: .normal)  // budget 4: ab中 then …
    expectScreen(d, rows: "ab中…")
    var e = canvas(6, 1)
    e.put("abc中文", at: Point(x: 0, y: 0), role: .normal)  // abc + 中 = 5, then …
    expectScreen(e, rows: "abc中…")
    var f = canvas(5, 1)
    f.put("abc中文", at: Point(x: 0, y: 0), role: .normal)  // abc then 中 needs 2 of 1 left
    expectScreen(f, rows: "abc…")
    #expect(f[4, 0].text == " ")
  }

  @Test("Clipping without ellipsis replaces a wide character cut at the edge with a space")
  func clipWide() {
    var c = canvas(5, 1)
    let used = c.put("abcd中", at: Point(x: 0, y: 0), role: .normal, overflow: .clip)
    #expect(used == 5)
    expectScreen(c, rows: "abcd")
    #expect(c[4, 0].text == " ")
    #expect(!c.cells.contains(where: { $0.width == 2 }))
  }

  @Test("A wide character cut by the left edge of the clip shows as a space")
  func leftEdge() {
    var c = canvas(6, 1)
    c.put("中ab", at: Point(x: 1, y: 0), role: .normal, clip: Rect(x: 2, y: 0, width: 4, height: 1))
    expectScreen(c, rows: "   ab")
  }

  @Test("Emoji and combining sequences are measured as graphemes")
  func emojiAndCombining() {
    var c = canvas(8, 1)
    #expect(c.put("😀e\u{301}x", at: Point(x: 0, y: 0), role: .normal) == 4)
    expectScreen(c, rows: "😀e\u{301}x")
  }

  @Test("Control characters are drawn as escapes with the escaped role")
  func escapesRole() {
    var c = canvas(10, 1)
    c.put("a\nb", at: Point(x: 0, y: 0), role: .attributeValue)
    expectScreen(c, rows: "a\\nb")
    expectRoles(c, rows: "wEEw")
  }

  @Test("Drawing outside the canvas or the clip does nothing and never traps")
  func outside() {
    var c = canvas(4, 2)
    c.put("xyz", at: Point(x: -3, y: 0), role: .normal)  // entirely left of the canvas
    #expect(c.text == "")
    #expect(c.put("x", at: Point(x: 0, y: 5), role: .normal) == 0)
    #expect(c.put("x", at: Point(x: 9, y: 0), role: .normal) == 0)
    #expect(c.put("abc", at: Point(x: 0, y: 1), role: .normal, clip: Rect(x: 0, y: 0, width: 4, height: 1)) == 0)
    c.fill(Rect(x: -5, y: -5, width: 100, height: 100), role: .status)
    #expect(c.cells.allSatisfy { $0.role == .status })
    var empty = canvas(0, 0)
    empty.put("abc", at: Point(x: 0, y: 0), role: .normal)
    empty.box(Rect(x: 0, y: 0, width: 5, height: 5), title: "t", focused: true)
    #expect(empty.text == "")
  }

  @Test("Overwriting half of a wide character blanks the other half")
  func overwriteHalf() {
    var c = canvas(4, 1)
    c.put("中文", at: Point(x: 0, y: 0), role: .normal)
    c.put("x", at: Point(x: 1, y: 0), role: .normal)  // lands on 中's continuation
    expectScreen(c, rows: " x文")
    c.put("y", at: Point(x: 2, y: 0), role: .normal)  // lands on 文's head
    expectScreen(c, rows: " xy")
    #expect(!c.cells.contains(where: { $0.isContinuation }))
  }

  @Test("A box frames the area with its title and returns the inside")
  func box() {
    var c = canvas(12, 4)
    let inner = c.box(Rect(x: 0, y: 0, width: 12, height: 4), title: "Clusters", focused: true)
    #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    expectScreen(
      c,
      rows: """
        ┌ Clusters ┐
        │          │
        │          │
        └──────────┘
        """)
    expectRoles(c, rows: "=TTTTTTTTTT=\n=..........=")
  }

  @Test("A box title too long for the frame is truncated inside it")
  func boxTitleTruncated() {
    var c = canvas(10, 3)
    c.box(Rect(x: 0, y: 0, width: 10, height: 3), title: "Very long title", focused: false)
    expectScreen(c, rows: "┌ Very l…┐\n│        │\n└────────┘")
    expectRoles(c, rows: "-tttttttt-")
  }

  @Test("Snapshot rows skip continuation cells and trim trailing spaces")
  func snapshot() {
    var c = canvas(6, 2)
    c.put("中 ", at: Point(x: 0, y: 0), role: .selection)
    #expect(c.textRows == ["中", ""])
    #expect(c.roleRows()[0] == "SSS...")
  }
}
