import AtlasTUI
import CNcurses
import Testing

@testable import AtlasCurses

struct CursesKeysTests {
  static let size = Size(width: 33, height: 7)

  static func decode(_ status: Int32, _ code: Int) -> TerminalEvent? {
    CursesKeys.event(status: status, code: UInt32(code), size: { size })
  }

  @Test(arguments: [
    (KEY_UP, KeyEvent.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
    (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
    (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
    (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
  ])
  func namedKeysDecode(code: Int32, key: KeyEvent) {
    #expect(Self.decode(KEY_CODE_YES, Int(code)) == .key(key))
  }

  @Test(arguments: [
    (127, KeyEvent.backspace), (8, .backspace), (13, .enter), (10, .enter), (9, .tab),
    (27, .escape), (1, .control("a")), (3, .control("c")), (26, .control("z")),
    (0x71, .character("q")), (0x4E2D, .character("中")), (0x1F600, .character("😀")),
  ])
  func typedKeysDecode(code: Int, key: KeyEvent) {
    #expect(Self.decode(OK, code) == .key(key))
  }

  @Test func resizeReportsTheSizeCursesNowHas() {
    #expect(Self.decode(KEY_CODE_YES, Int(KEY_RESIZE)) == .resize(Self.size))
  }

  @Test func meaninglessInputIsDropped() {
    #expect(Self.decode(ERR, 0x71) == nil)  // timeout
    #expect(Self.decode(OK, 0) == nil)  // Ctrl-@
    #expect(Self.decode(OK, 28) == nil)  // Ctrl-\
    #expect(Self.decode(OK, 0x85) == nil)  // C1 NEL
    #expect(Self.decode(OK, 0xD800) == nil)  // lone surrogate
    #expect(Self.decode(KEY_CODE_YES, Int(KEY_MOUSE)) == nil)
    #expect(Self.decode(KEY_CODE_YES, Int(KEY_F0)) == nil)
  }
}
