/// The texts `--help` and `--version` print, and the short hint after a usage error.
enum Usage {
  static let version = "atlas-tui 0.1.0"

  static let synopsis = """
    usage: atlas-tui [PATH] [--theme NAME] [--no-color]
           atlas-tui show ID [--catalog PATH]
    """

  static let help = """
    atlas-tui: browse an Agentic AI Atlas catalog in the terminal.

    \(synopsis)

    Commands:
      atlas-tui [PATH]      Browse the catalog at PATH: a folder of YAML records, a
                            folder of normalized JSON records, or one file. Without PATH,
                            the bundled Fixtures/atlas of the package the program was
                            built from (or of the current directory).
      atlas-tui show ID     Print the record's normalized JSON payload, as the atlas web
                            UI shows it, and exit. Works without a terminal.

    Options:
      --theme NAME          Colour theme: default or mono.
      --no-color            Use no colour (attributes only); same as --theme mono.
      --catalog PATH        (show) The catalog to look in; default as for browsing.
      -h, --help            Show this help.
      --version             Show the version.

    Keys (press ? in the browser for the full list):
      Up/Down, j/k          Move the selection        Tab / Shift-Tab  Next / previous pane
      Enter                 Open / follow an edge     Backspace        Back
      /                     Search                    q                Quit
      Ctrl-Z                Suspend (resume with fg)  Ctrl-C           Quit at once

    Environment:
      NO_COLOR              When set and not empty, use no colour (like --no-color)
                            unless --theme is given.
      TERM                  Terminal type; must name a terminfo entry that can move the
                            cursor. Without a usable terminal, use `atlas-tui show ID`.
      LANG, LC_ALL          Locale; a UTF-8 one is used when available (else C.UTF-8).

    Exit status: 0 success, 1 catalog or record error, 2 usage error or no terminal;
    killed by a signal: 128 + the signal number.
    """
}
