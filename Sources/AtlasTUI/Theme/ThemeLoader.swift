import AtlasModel

/// Reads a theme written in YAML (parsed by the same libyaml reader as catalogs, so errors
/// carry line and column):
///
/// ```yaml
/// name: solarized
/// inherits: default          # optional: start from a built-in theme
/// roles:
///   selection: {fg: black, bg: bright-cyan, attrs: [bold]}
/// ```
///
/// Colours are `default`, the eight ANSI names, `bright-<name>` or 0–255; attributes are
/// bold, dim, reverse, underline and standout. A role entry overrides only the fields it
/// gives (the rest come from the inherited theme, or are plain). A role left out keeps
/// the inherited style, or, without `inherits`, looks like `normal`. Anything unknown is an
/// error at its own line and column: a misspelt role would otherwise silently do nothing.
public enum ThemeLoader {
  /// Finds the theme named by `inherits:`; built-in themes by default.
  public typealias Resolver = (String) -> Theme?

  public static func load(
    _ bytes: [UInt8], file: String? = nil, resolve: Resolver = Theme.builtin(named:)
  ) throws(ThemeError) -> Theme {
    let documents: [Node]
    do {
      documents = try YAMLReader.documents(in: bytes)
    } catch {
      throw ThemeError(file: file, line: error.line, column: error.column, message: error.message)
    }
    guard let first = documents.first else {
      throw ThemeError(file: file, line: 1, column: 1, message: "the theme file is empty")
    }
    if documents.count > 1 {
      let second = documents[1]
      throw ThemeError(
        file: file, line: second.line, column: second.column, message: "a theme file holds one document")
    }
    do {
      return try theme(from: first, resolve: resolve)
    } catch {
      var located = error
      located.file = file
      throw located
    }
  }

  /// Builds a theme from an already parsed document.
  public static func theme(from node: Node, resolve: Resolver = Theme.builtin(named:)) throws(ThemeError) -> Theme {
    guard case .mapping(let pairs) = node.content else {
      throw fail(node, "a theme is a mapping with 'name', optional 'inherits', and 'roles'")
    }
    var name: String?
    var styles: [ThemeRole: Style] = [:]
    var rolesNode: Node?
    var inherited: Theme?
    for pair in pairs {
      switch pair.key.keyString {
      case "name": name = try string(pair.value, what: "the theme's name")
      case "inherits":
        let parentName = try string(pair.value, what: "the name of the theme to inherit from")
        guard let parent = resolve(parentName) else {
          throw fail(pair.value, "unknown theme '\(parentName)' to inherit from")
        }
        inherited = parent
      case "roles": rolesNode = pair.value
      default:
        throw fail(pair.key, "unknown key '\(pair.key.keyString)' (expected name, inherits, roles)")
      }
    }
    guard let themeName = name else {
      throw fail(node, "the theme has no 'name'")
    }
    if let parent = inherited { styles = parent.styles }
    if let rolesNode { try readRoles(rolesNode, into: &styles) }
    return Theme(name: themeName, styles: styles)
  }

  private static func readRoles(_ node: Node, into styles: inout [ThemeRole: Style]) throws(ThemeError) {
    guard case .mapping(let pairs) = node.content else {
      throw fail(node, "'roles' maps role names to {fg, bg, attrs}")
    }
    var seen: Set<ThemeRole> = []
    for pair in pairs {
      let key = pair.key.keyString
      guard let role = ThemeRole(rawValue: key) else {
        throw fail(pair.key, "unknown role '\(key)'")
      }
      guard seen.insert(role).inserted else {
        throw fail(pair.key, "role '\(key)' is given twice")
      }
      styles[role] = try style(pair.value, over: styles[role] ?? .plain)
    }
  }

  private static func style(_ node: Node, over base: Style) throws(ThemeError) -> Style {
    guard case .mapping(let pairs) = node.content else {
      throw fail(node, "a role's style is a mapping with fg, bg and attrs")
    }
    var result = base
    for pair in pairs {
      switch pair.key.keyString {
      case "fg": result.foreground = try color(pair.value)
      case "bg": result.background = try color(pair.value)
      case "attrs": result.attributes = try attributes(pair.value)
      default:
        throw fail(pair.key, "unknown style key '\(pair.key.keyString)' (expected fg, bg, attrs)")
      }
    }
    return result
  }

  private static func color(_ node: Node) throws(ThemeError) -> Style.Color {
    if case .scalar(.number(let d)) = node.content {
      guard d == d.rounded(), d >= 0, d <= 255 else {
        throw fail(node, "colour index \(JSNumberFormat.string(d)) is not a whole number from 0 to 255")
      }
      return .index(Int(d))
    }
    if case .scalar(.string(let s)) = node.content, let color = Style.Color(name: s) {
      return color
    }
    throw fail(
      node, "unknown colour \(describe(node)) (expected default, a colour name, bright-<name>, or 0 to 255)")
  }

  private static func attributes(_ node: Node) throws(ThemeError) -> Set<Style.Attribute> {
    guard case .sequence(let items) = node.content else {
      throw fail(node, "attrs is a list, e.g. [bold, underline]")
    }
    var result: Set<Style.Attribute> = []
    for item in items {
      guard case .scalar(.string(let s)) = item.content, let attribute = Style.Attribute(rawValue: s) else {
        throw fail(item, "unknown attribute \(describe(item)) (expected bold, dim, reverse, underline, standout)")
      }
      result.insert(attribute)
    }
    return result
  }

  private static func string(_ node: Node, what: String) throws(ThemeError) -> String {
    guard case .scalar(.string(let s)) = node.content else {
      throw fail(node, "expected \(what) as a string")
    }
    return s
  }

  /// How a bad value is quoted in a message: strings in quotes, anything else as JSON.
  private static func describe(_ node: Node) -> String {
    if case .scalar(.string(let s)) = node.content { return "'\(s)'" }
    return JSONText.compact(node.value)
  }

  private static func fail(_ node: Node, _ message: String) -> ThemeError {
    ThemeError(line: node.line, column: node.column, message: message)
  }
}
