/// A named mapping from roles to styles. A role the theme leaves out looks like `normal`.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var styles: [ThemeRole: Style]

  public init(name: String, styles: [ThemeRole: Style]) {
    self.name = name
    self.styles = styles
  }

  public func style(for role: ThemeRole) -> Style {
    styles[role] ?? styles[.normal] ?? .plain
  }

  /// True when the theme uses only attributes, so it reads on a terminal without colour.
  public var isMonochrome: Bool {
    styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault }
  }
}
