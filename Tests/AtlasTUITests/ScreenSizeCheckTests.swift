import AtlasTUI
import Testing

struct ScreenSizeCheckTests {
  static func rows(_ canvas: Canvas) -> [String] {
    (0..<canvas.size.height).map { y in
      var row = (0..<canvas.size.width).map { canvas[$0, y].text }.joined()
      while row.last == " " { row.removeLast() }
      return row
    }
  }

  @Test func sizesBelowTheMinimumInEitherDirectionAreTooSmall() {
    #expect(ScreenSizeCheck.isTooSmall(Size(width: 1, height: 1)))
    #expect(ScreenSizeCheck.isTooSmall(Size(width: 200, height: ScreenSizeCheck.minimum.height - 1)))
    #expect(ScreenSizeCheck.isTooSmall(Size(width: ScreenSizeCheck.minimum.width - 1, height: 200)))
    #expect(!ScreenSizeCheck.isTooSmall(ScreenSizeCheck.minimum))
  }

  @Test func theNoticeIsCentredAndNamesBothSizes() {
    let frame = ScreenSizeCheck.tooSmallFrame(Size(width: 24, height: 4))
    #expect(frame.size == Size(width: 24, height: 4))
    #expect(Self.rows(frame) == ["", "   Terminal too small", "    24x4, need 40x10", ""])
    #expect(frame[3, 1].role == .messageError)
  }

  @Test func tinyScreensGetWhatFitsWithoutCrashing() {
    #expect(Self.rows(ScreenSizeCheck.tooSmallFrame(Size(width: 1, height: 1))) == ["T"])
    #expect(Self.rows(ScreenSizeCheck.tooSmallFrame(Size(width: 5, height: 1))) == ["Termi"])
    #expect(ScreenSizeCheck.tooSmallFrame(Size(width: 0, height: 0)).cells.isEmpty)
    #expect(Self.rows(ScreenSizeCheck.tooSmallFrame(Size(width: 3, height: 0))) == [])
  }
}
