import Foundation
import TestSupport
import Testing

/// What reaches the terminal's cells: colour only where the terminal has it and the user
/// wants it, and 256-colour indices only on a 256-colour terminal.
@Suite(.serialized, .enabled(if: EndToEnd.canRun()))
struct ColourTests {
  /// The colour parameters of every SGR sequence on the screen (30–37, 38;5;n, 40–47,
  /// 48;5;n, 90–97, 100–107), as tmux reports them; 39 and 49 (default colours) are not
  /// colours.
  static func colours(in screen: String) -> [String] {
    var found: [String] = []
    var rest = Substring(screen)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "m") else { break }
      let parameters = rest[..<end].split(separator: ";").map { Int($0) ?? -1 }
      rest = rest[rest.index(after: end)...]
      var index = 0
      while index < parameters.count {
        let value = parameters[index]
        if value == 38 || value == 48, index + 2 < parameters.count, parameters[index + 1] == 5 {
          found.append("\(value);5;\(parameters[index + 2])")
          index += 3
          continue
        }
        if (30...37).contains(value) || (40...47).contains(value) || (90...97).contains(value)
          || (100...107).contains(value)
        {
          found.append("\(value)")
        }
        index += 1
      }
    }
    return found
  }

  @Test func aThemeWith256ColoursUsesThemOnA256ColourTerminal() throws {
    let session = try EndToEnd.startBrowser(arguments: ["--theme", "light"])
    let colours = Self.colours(in: session.screen(escapes: true))
    // light.yaml: cluster.count {fg: 130}.
    #expect(colours.contains("38;5;130"), "colours on screen: \(Set(colours))")
    try session.keys("q")
    #expect(session.exitStatus() == 0)
  }

  @Test func onAnEightColourTerminalThe256ColoursAreDowngraded() throws {
    let session = try EndToEnd.startBrowser(
      arguments: ["--theme", "light"], environment: ["TERM": "xterm"])
    let colours = Self.colours(in: session.screen(escapes: true))
    #expect(!colours.isEmpty, "no colour at all")
    #expect(!colours.contains { $0.contains(";5;") }, "256-colour codes: \(Set(colours))")
    try session.keys("q")
    #expect(session.exitStatus() == 0)
  }

  @Test(arguments: [["NO_COLOR": "1"], ["TERM": "xterm-mono"]])
  func withoutColourOnlyAttributesAreUsed(environment: [String: String]) throws {
    let session = try EndToEnd.startBrowser(environment: environment)
    let screen = session.screen(escapes: true)
    #expect(Self.colours(in: screen) == [], "colours on screen")
    #expect(
      screen.contains("\u{1B}[7m") || screen.contains(";7m"), "no reverse video for the selection")
    try session.keys("q")
    #expect(session.exitStatus() == 0)
  }

  /// no-color.org: options given for one run win over NO_COLOR.
  @Test func anExplicitThemeWinsOverNoColor() throws {
    let session = try EndToEnd.startBrowser(arguments: ["--theme", "light"], environment: ["NO_COLOR": "1"])
    #expect(Self.colours(in: session.screen(escapes: true)).contains("38;5;130"))
    try session.keys("q")
    #expect(session.exitStatus() == 0)
  }

  @Test func noColorSetButEmptyKeepsColour() throws {
    let session = try EndToEnd.startBrowser(environment: ["NO_COLOR": ""])
    #expect(!Self.colours(in: session.screen(escapes: true)).isEmpty)
    try session.keys("q")
  }
}
