// TEMPORARY (remove at merge): the built-in themes belong to AtlasTUI (Theme+Builtin,
// on the tui branch). These two let the stand-in browser exercise colour and mono.
import AtlasTUI

enum TemporaryThemes {
  static let names = ["default", "mono"]

  static func named(_ name: String) -> Theme? {
    switch name {
    case "default": return standard
    case "mono": return mono
    default: return nil
    }
  }

  static let standard = Theme(
    name: "default",
    styles: [
      .normal: .plain,
      .paneTitle: Style(foreground: .index(15), background: .index(4), attributes: [.bold]),
      .selection: Style(foreground: .index(0), background: .index(6)),
      .clusterCount: Style(foreground: .index(244)),
      .status: Style(foreground: .index(0), background: .index(7)),
      .messageError: Style(foreground: .index(9), attributes: [.bold]),
    ])

  static let mono = Theme(
    name: "mono",
    styles: [
      .normal: .plain,
      .paneTitle: Style(attributes: [.bold, .underline]),
      .selection: Style(attributes: [.reverse]),
      .clusterCount: Style(attributes: [.dim]),
      .status: Style(attributes: [.reverse]),
      .messageError: Style(attributes: [.bold]),
    ])
}
