import Testing

@testable import AtlasTUI

struct BuiltinThemeTests {
  @Test("Both built-in themes define every role", arguments: Theme.builtins)
  func everyRole(theme: Theme) {
    let missing = ThemeRole.allCases.filter { theme.styles[$0] == nil }
    #expect(missing.isEmpty, "\(theme.name) lacks \(missing)")
  }

  @Test("mono uses attributes only; default uses colour")
  func monochrome() {
    #expect(Theme.mono.isMonochrome)
    #expect(!Theme.default.isMonochrome)
  }

  @Test("The focused selection, the inactive selection and normal text all look different",
    arguments: Theme.builtins)
  func selectionVisible(theme: Theme) {
    let looks = [ThemeRole.normal, .selection, .selectionInactive].map(theme.style(for:))
    #expect(Set(looks).count == 3)
  }

  @Test("Built-ins are found by name")
  func lookup() {
    #expect(Theme.builtin(named: "mono") == .mono)
    #expect(Theme.builtin(named: "default") == .default)
    #expect(Theme.builtin(named: "light") == nil)
  }

  @Test("NO_COLOR with a value, or a terminal without colour, selects mono")
  func noColor() {
    #expect(ThemeSelection.effective(.default, environment: ["NO_COLOR": "1"]) == .mono)
    #expect(ThemeSelection.effective(.default, environment: ["NO_COLOR": ""]) == .default)
    #expect(ThemeSelection.effective(.default, environment: [:]) == .default)
    #expect(ThemeSelection.effective(.default, environment: [:], terminalHasColors: false) == .mono)
    // A theme named on the command line wins over NO_COLOR, but not over a colourless terminal.
    #expect(ThemeSelection.effective(.default, environment: ["NO_COLOR": "1"], explicitlyRequested: true) == .default)
    #expect(
      ThemeSelection.effective(.default, environment: [:], terminalHasColors: false, explicitlyRequested: true)
        == .mono)
    let plain = Theme(name: "plain", styles: [.selection: Style(attributes: [.underline])])
    #expect(ThemeSelection.effective(plain, environment: ["NO_COLOR": "1"]) == plain)
  }

  @Test("Colour names parse and print back")
  func colourNames() {
    #expect(Style.Color(name: "default") == .terminalDefault)
    #expect(Style.Color(name: "red") == .index(1))
    #expect(Style.Color(name: "bright-white") == .index(15))
    #expect(Style.Color(name: "bright-") == nil)
    #expect(Style.Color(name: "Red") == nil)
    for i in 0..<16 {
      #expect(Style.Color(name: Style.Color.index(i).name) == .index(i))
    }
    #expect(Style.Color.index(200).name == "200")
  }
}
