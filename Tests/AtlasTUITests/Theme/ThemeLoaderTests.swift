import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct ThemeLoaderTests {
  /// `name: t` at line 1, then `roles:` at line 2 with `entries` below it.
  private func themeNode(_ entries: [(Node, Node)], inherits: String? = nil) -> Node {
    var pairs: [(Node, Node)] = [(N.str("name", 1, 1), N.str("t", 1, 7))]
    if let inherits { pairs.append((N.str("inherits", 2, 1), N.str(inherits, 2, 11))) }
    pairs.append((N.str("roles", 3, 1), N.map(entries, 4, 3)))
    return N.map(pairs)
  }

  private func error(_ node: Node) -> ThemeError? {
    do {
      _ = try ThemeLoader.theme(from: node)
      return nil
    } catch {
      return error
    }
  }

  @Test("Roles with fg, bg and attrs load as written")
  func loadsStyles() throws {
    let node = themeNode([
      (
        N.str("selection", 4, 3),
        N.map([
          (N.str("fg"), N.str("black")), (N.str("bg"), N.str("bright-cyan")),
          (N.str("attrs"), N.seq([N.str("bold"), N.str("underline")])),
        ])
      ),
      (N.str("border", 5, 3), N.map([(N.str("fg"), N.num(244))])),
    ])
    let theme = try ThemeLoader.theme(from: node)
    #expect(theme.name == "t")
    #expect(theme.style(for: .selection) == Style(foreground: .index(0), background: .index(14), attributes: [.bold, .underline]))
    #expect(theme.style(for: .border) == Style(foreground: .index(244)))
  }

  @Test("Without inherits, a role left out looks like normal")
  func fallbackToNormal() throws {
    let node = themeNode([(N.str("normal", 4, 3), N.map([(N.str("fg"), N.str("green"))]))])
    let theme = try ThemeLoader.theme(from: node)
    #expect(theme.styles[.selection] == nil)
    #expect(theme.style(for: .selection) == Style(foreground: .index(2)))
  }

  @Test("With inherits, roles left out keep the parent's style and given fields override only themselves")
  func inherits() throws {
    let node = themeNode(
      [(N.str("selection", 4, 3), N.map([(N.str("bg"), N.str("blue"))]))], inherits: "default")
    let theme = try ThemeLoader.theme(from: node)
    #expect(theme.style(for: .edgeMissing) == Theme.default.style(for: .edgeMissing))
    #expect(theme.style(for: .selection) == Style(foreground: .index(0), background: .index(4)))
    #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases))
  }

  @Test("An unknown role is an error at the role's line and column")
  func unknownRole() {
    let node = themeNode([(N.str("selektion", 4, 3), N.map([]))])
    #expect(error(node) == ThemeError(line: 4, column: 3, message: "unknown role 'selektion'"))
  }

  @Test("An unknown colour name is an error at the colour")
  func unknownColour() {
    let node = themeNode([(N.str("normal", 4, 3), N.map([(N.str("fg", 4, 12), N.str("purple", 4, 16))]))])
    let e = error(node)
    #expect(e?.line == 4)
    #expect(e?.column == 16)
    #expect(e?.message.hasPrefix("unknown colour 'purple'") == true)
  }

  @Test("Colour indices must be whole numbers from 0 to 255")
  func colourIndexRange() {
    for bad in [256.0, -1, 3.5] {
      let node = themeNode([(N.str("normal", 4, 3), N.map([(N.str("bg"), N.num(bad, 6, 9))]))])
      #expect(error(node)?.line == 6, "\(bad)")
      #expect(error(node)?.column == 9, "\(bad)")
    }
  }

  @Test("An unknown attribute is an error at that list item")
  func unknownAttribute() {
    let attrs = N.seq([N.str("bold", 7, 12), N.str("blink", 7, 18)], 7, 11)
    let node = themeNode([(N.str("normal", 7, 3), N.map([(N.str("attrs", 7, 5), attrs)]))])
    let e = error(node)
    #expect(e?.line == 7)
    #expect(e?.column == 18)
    #expect(e?.message.hasPrefix("unknown attribute 'blink'") == true)
  }

  @Test("Unknown keys, unknown parents, a missing name and a repeated role are errors")
  func structuralErrors() {
    let extraKey = N.map([(N.str("name"), N.str("t")), (N.str("colours", 2, 1), N.map([]))])
    #expect(error(extraKey) == ThemeError(line: 2, column: 1, message: "unknown key 'colours' (expected name, inherits, roles)"))
    let badParent = themeNode([], inherits: "solarized")
    #expect(error(badParent) == ThemeError(line: 2, column: 11, message: "unknown theme 'solarized' to inherit from"))
    let noName = N.map([(N.str("roles"), N.map([]))], 1, 1)
    #expect(error(noName) == ThemeError(line: 1, column: 1, message: "the theme has no 'name'"))
    let twice = themeNode([(N.str("normal", 4, 3), N.map([])), (N.str("normal", 5, 3), N.map([]))])
    #expect(error(twice) == ThemeError(line: 5, column: 3, message: "role 'normal' is given twice"))
    let styleKey = themeNode([(N.str("normal", 4, 3), N.map([(N.str("colour", 4, 12), N.str("red"))]))])
    #expect(error(styleKey)?.column == 12)
  }

  @Test("A resolver can supply parent themes other than the built-ins")
  func customResolver() throws {
    let parent = Theme(name: "p", styles: [.status: Style(attributes: [.dim])])
    let node = themeNode([], inherits: "p")
    let theme = try ThemeLoader.theme(from: node, resolve: { $0 == "p" ? parent : nil })
    #expect(theme.style(for: .status) == Style(attributes: [.dim]))
  }

  @Test("Error descriptions read file:line:column: message")
  func errorDescription() {
    #expect(ThemeError(file: "Themes/x.yaml", line: 3, column: 5, message: "boom").description == "Themes/x.yaml:3:5: boom")
    #expect(ThemeError(line: 3, column: 5, message: "boom").description == "3:5: boom")
  }
}
