/// The themes compiled into the binary, so the browser runs without a `Themes/` folder
/// (htop's approach). `Themes/default.yaml` and `Themes/mono.yaml` spell out the same
/// styles for people to copy; a test keeps each file equal to its built-in twin.
extension Theme {
  public static let builtins: [Theme] = [.default, .mono]

  /// A built-in theme by name (`default`, `mono`), for `inherits:` and `--theme`.
  public static func builtin(named name: String) -> Theme? {
    builtins.first(where: { $0.name == name })
  }

  /// Colours on the terminal's own background; every role defined.
  public static let `default` = Theme(
    name: "default",
    styles: [
      .normal: Style(),
      .border: Style(foreground: .index(8)),
      .borderFocused: Style(foreground: .index(6)),
      .paneTitle: Style(foreground: .index(0), background: .index(6), attributes: [.bold]),
      .paneTitleInactive: Style(attributes: [.bold]),
      .selection: Style(foreground: .index(0), background: .index(6)),
      .selectionInactive: Style(foreground: .index(15), background: .index(8)),
      .clusterCount: Style(foreground: .index(3)),
      .recordKind: Style(foreground: .index(5)),
      .headerLabel: Style(foreground: .index(4), attributes: [.bold]),
      .headerValue: Style(attributes: [.bold]),
      .attributeKey: Style(foreground: .index(6)),
      .attributeValue: Style(),
      .edgeKind: Style(foreground: .index(3), attributes: [.bold]),
      .edgeOutbound: Style(foreground: .index(2)),
      .edgeInbound: Style(foreground: .index(12)),
      .edgeMissing: Style(foreground: .index(1), attributes: [.bold]),
      .jsonKey: Style(foreground: .index(6)),
      .jsonString: Style(foreground: .index(2)),
      .jsonNumber: Style(foreground: .index(5)),
      .jsonLiteral: Style(foreground: .index(3)),
      .jsonPunctuation: Style(foreground: .index(8)),
      .escaped: Style(foreground: .index(9), attributes: [.underline]),
      .status: Style(foreground: .index(0), background: .index(7)),
      .statusTrail: Style(foreground: .index(4), background: .index(7)),
      .messageInfo: Style(foreground: .index(0), background: .index(2)),
      .messageError: Style(foreground: .index(15), background: .index(1), attributes: [.bold]),
      .searchMatch: Style(foreground: .index(0), background: .index(3)),
      .diagnosticError: Style(foreground: .index(1), attributes: [.bold]),
      .diagnosticWarning: Style(foreground: .index(3)),
      .help: Style(),
      .helpKey: Style(foreground: .index(3), attributes: [.bold]),
    ])

  /// Attributes only, for terminals without colour and for `NO_COLOR`.
  public static let mono = Theme(
    name: "mono",
    styles: [
      .normal: Style(),
      .border: Style(),
      .borderFocused: Style(attributes: [.bold]),
      .paneTitle: Style(attributes: [.bold, .reverse]),
      .paneTitleInactive: Style(attributes: [.bold]),
      .selection: Style(attributes: [.reverse]),
      .selectionInactive: Style(attributes: [.bold]),
      .clusterCount: Style(),
      .recordKind: Style(attributes: [.dim]),
      .headerLabel: Style(attributes: [.bold]),
      .headerValue: Style(),
      .attributeKey: Style(attributes: [.bold]),
      .attributeValue: Style(),
      .edgeKind: Style(attributes: [.bold]),
      .edgeOutbound: Style(),
      .edgeInbound: Style(),
      .edgeMissing: Style(attributes: [.bold, .underline]),
      .jsonKey: Style(attributes: [.bold]),
      .jsonString: Style(),
      .jsonNumber: Style(),
      .jsonLiteral: Style(),
      .jsonPunctuation: Style(attributes: [.dim]),
      .escaped: Style(attributes: [.underline]),
      .status: Style(attributes: [.reverse]),
      .statusTrail: Style(attributes: [.reverse, .bold]),
      .messageInfo: Style(attributes: [.reverse]),
      .messageError: Style(attributes: [.reverse, .bold]),
      .searchMatch: Style(attributes: [.bold, .underline]),
      .diagnosticError: Style(attributes: [.bold]),
      .diagnosticWarning: Style(attributes: [.underline]),
      .help: Style(),
      .helpKey: Style(attributes: [.bold]),
    ])
}
