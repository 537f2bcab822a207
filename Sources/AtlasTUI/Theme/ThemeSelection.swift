/// Which theme to draw with, given what the user asked for and what the terminal can do.
/// The environment is passed in (never read here), so this is testable and panes stay pure.
public enum ThemeSelection {
  /// `requested`, unless colour is off: `NO_COLOR` set to a non-empty value (no-color.org)
  /// or a terminal without colours. Then `mono`, unless the request is already colourless.
  public static func effective(
    _ requested: Theme, environment: [String: String], terminalHasColors: Bool = true
  ) -> Theme {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    guard noColor || !terminalHasColors else { return requested }
    return requested.isMonochrome ? requested : .mono
  }
}
