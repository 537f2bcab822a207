import AtlasTUI
import Foundation

/// The texts `--help` and `--version` print, and the short hint after a usage error.
enum Usage {
  static let version = "atlas-tui 0.1.0"

  static let synopsis = """
    usage: atlas-tui [PATH] [--theme NAME] [--no-color]
           atlas-tui show ID [--catalog PATH]
           atlas-tui check [PATH] [--json]
           atlas-tui parse FILE
    """

  static var help: String {
    """
    atlas-tui: browse an Agentic AI Atlas catalog in the terminal.

    \(synopsis)

    Commands:
      atlas-tui [PATH]      Browse the catalog at PATH: a folder of YAML or normalized
                            JSON records, or one file. Without PATH, the bundled
                            Fixtures/atlas of the package the program was built in
                            (or of the current directory).
      atlas-tui show ID     Print the record's normalized JSON payload, as the atlas web
                            UI shows it, and exit. Needs no terminal.
      atlas-tui check [PATH]
                            List every problem in the catalog as file:line:column:
                            severity: message, sorted by file and line, then a summary.
                            Exit 0 without errors (warnings such as dangling edges
                            allowed), 1 with errors. --json prints the same as JSON.
      atlas-tui parse FILE  Print the values the loader reads from one YAML or JSON
                            file, one JSON line per document.

    Options:
      --theme NAME          Colour theme: default, mono, a file in Themes/ (light), or
                            a path to a theme file.
      --no-color            No colour, attributes only (the mono theme).
      --catalog PATH        (show) The catalog to look in; default as for browsing.
      --json                (check) Print diagnostics and counts as one JSON object.
      -h, --help            Show this help.
      --version             Show the version.

    Keys (? in the browser lists them too):
    \(keys(Action.table))
      Ctrl-Z                Suspend; `fg` resumes
      Ctrl-C, Ctrl-\\        Quit at once (exit status 130, 131)

    While finding (after /), typed characters edit the query, and:
    \(keys(Action.filterTable))

    Environment:
      NO_COLOR              Set and not empty: the mono theme, as on a terminal
                            without colours, unless --theme names one.
      TERM                  Terminal type; must name a terminfo entry that can move the
                            cursor. Without a usable terminal, use `atlas-tui show ID`.
      LANG, LC_ALL          Locale; a UTF-8 one is used when available, else C.UTF-8.

    Exit status: 0 success; 1 a catalog that cannot be opened, a catalog with errors
    (check), a theme file with errors, or an unknown record (show); 2 a usage error (an
    unknown option, command or theme name) or no terminal; ended by a signal: 128 + the
    signal number.
    """
  }

  /// One line per action of a key table, so `--help` never disagrees with the keys.
  static func keys(_ table: [Action.Binding]) -> String {
    table.map { binding in
      let names = binding.keys.map(\.name).joined(separator: " ")
      return "  " + names.padding(toLength: 22, withPad: " ", startingAt: 0) + binding.description
    }.joined(separator: "\n")
  }
}
