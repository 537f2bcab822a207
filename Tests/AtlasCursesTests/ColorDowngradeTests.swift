import AtlasTUI
import Testing

@testable import AtlasCurses

struct ColorDowngradeTests {
  @Test func indicesTheTerminalHasAreKept() {
    #expect(ColorDowngrade.index(196, colors: 256) == 196)
    #expect(ColorDowngrade.index(12, colors: 16) == 12)
    #expect(ColorDowngrade.index(3, colors: 8) == 3)
  }

  @Test func cubeAndGreyColoursGoToTheNearestAnsiColour() {
    // 196 is xterm's (255, 0, 0): bright red with 16 colours, red with 8.
    #expect(ColorDowngrade.index(196, colors: 16) == 9)
    #expect(ColorDowngrade.index(196, colors: 8) == 1)
    // 21 is (0, 0, 255): nearer ANSI blue (0, 0, 238) than bright blue (92, 92, 255).
    #expect(ColorDowngrade.index(21, colors: 16) == 4)
    // 231 is the cube's white (255, 255, 255); 232 is near-black grey (8, 8, 8); 255 is
    // grey (238, 238, 238), nearer ANSI white (229) than bright white (255).
    #expect(ColorDowngrade.index(231, colors: 16) == 15)
    #expect(ColorDowngrade.index(232, colors: 16) == 0)
    #expect(ColorDowngrade.index(255, colors: 16) == 7)
    #expect(ColorDowngrade.index(231, colors: 8) == 7)
    // Bright ANSI colours lose their brightness on an 8-colour terminal.
    #expect(ColorDowngrade.index(10, colors: 8) == 2)
  }

  @Test func impossibleRequestsFallBackToTheDefault() {
    #expect(ColorDowngrade.index(300, colors: 256) == nil)
    #expect(ColorDowngrade.index(-2, colors: 256) == nil)
    #expect(ColorDowngrade.index(1, colors: 0) == nil)
  }
}
