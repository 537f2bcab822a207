/// Which theme to draw with, given what the user asked for and what the terminal can do.
/// The environment is passed in (never read here), so this is testable and panes stay pure.
public enum ThemeSelection {
  /// `requested`, unless colour is off: `NO_COLOR` set to a non-empty value (no-color.org)
  /// or a terminal without colours. Then `mono`, unless the request is already colourless.
  /// A theme the user named on the command line (`explicitlyRequested`) wins over
  /// `NO_COLOR`, as no-color.org asks of per-invocation options; a terminal that cannot
  /// show colour still gets mono.
  public static func effective(
    _ requested: Theme, environment: [String: String], terminalHasColors: Bool = true,
    explicitlyRequested: Bool = false
  ) -> Theme {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty && !explicitlyRequested
    guard noColor || !terminalHasColors else { return requested }
    return requested.isMonochrome ? requested : .mono
  }
}
