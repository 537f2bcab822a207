#if canImport(Glibc)
  import Glibc
#endif
import AtlasCurses
import AtlasModel
import AtlasTUI

/// The interactive browser: checks, loads, then hands the screen to the event loop.
enum Browse {
  static let noDefaultCatalog =
    "atlas-tui: no PATH given and no Fixtures/atlas found near the program or the current directory"

  static func run(path: String?, themeName: String?, noColor: Bool) -> Int32 {
    // Before loading: a pipe or a dumb terminal gets the hint at once.
    do {
      try CursesTerminal.checkStandardStreams()
    } catch {
      return notATerminal(error)
    }
    guard let theme = pickTheme(named: themeName, noColor: noColor) else {
      StandardError.write(
        "atlas-tui: unknown theme '\(StandardError.visible(themeName ?? ""))' (known: \(TemporaryThemes.names.joined(separator: ", ")))")
      return 2
    }
    guard let path = path ?? CatalogLocation.defaultCatalog() else {
      StandardError.write(noDefaultCatalog)
      return 2
    }
    let catalog: Catalog
    do {
      catalog = try CatalogLoader.load(path: path)
    } catch {
      StandardError.write("atlas-tui: \(StandardError.visible(String(describing: error)))")
      return 1
    }

    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(theme: theme)
    } catch {
      return notATerminal(error)
    }
    defer { terminal.close() }
    if !terminal.supportsColor { terminal.theme = TemporaryThemes.mono }
    // TEMPORARY: the lead wires the tui branch's Runner here at merge.
    var browser = TemporaryBrowser(catalog: catalog)
    browser.run(on: terminal)
    return 0
  }

  /// `--no-color` wins, then an explicit `--theme`, then `NO_COLOR` (no-color.org: explicit
  /// options override it), then the default.
  static func pickTheme(named name: String?, noColor: Bool) -> Theme? {
    if noColor { return TemporaryThemes.mono }
    if let name { return TemporaryThemes.named(name) }
    if let value = getenv("NO_COLOR"), value.pointee != 0 { return TemporaryThemes.mono }
    return TemporaryThemes.standard
  }

  private static func notATerminal(_ error: CursesError) -> Int32 {
    StandardError.write("atlas-tui: not a terminal (\(error)); to print a record use: atlas-tui show ID")
    return 2
  }
}
