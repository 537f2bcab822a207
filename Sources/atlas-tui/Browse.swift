import AtlasCurses
import AtlasModel
import AtlasTUI
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive browser: every check and all loading happen before curses starts
/// (NOTES §3.3), so an error is an ordinary message on an ordinary terminal.
enum Browse {
  static let noDefaultCatalog =
    "atlas-tui: no PATH given and no Fixtures/atlas found near the program or the current directory"

  static func run(path: String?, themeName: String?, noColor: Bool) -> Int32 {
    // First: a pipe or a dumb terminal gets the hint at once, before any slow loading.
    do {
      try CursesTerminal.checkStandardStreams()
    } catch {
      return notATerminal(error)
    }
    let requested: Theme
    do throws(ThemeChoice.Problem) {
      requested = try ThemeChoice.requested(themeName, noColor: noColor)
    } catch {
      switch error {
      case .unknown(let name):
        let known = ThemeChoice.knownNames().joined(separator: ", ")
        StandardError.write(
          "atlas-tui: unknown theme '\(StandardError.visible(name))' (known: \(known); or a path to a theme file)"
        )
        return 2
      case .invalid(let problem):
        StandardError.write("atlas-tui: \(StandardError.visible(problem.description))")
        return 1
      }
    }
    guard let path = path ?? PackageLocation.defaultCatalog() else {
      StandardError.write(noDefaultCatalog)
      return 2
    }
    let catalog: Catalog
    do {
      catalog = try CatalogLoader.load(path: path)
    } catch {
      StandardError.write("atlas-tui: \(StandardError.visible(error.description))")
      return 1
    }

    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(theme: requested)
    } catch {
      return notATerminal(error)
    }
    defer { terminal.close() }
    terminal.theme = ThemeSelection.effective(
      requested, environment: ProcessInfo.processInfo.environment,
      terminalHasColors: terminal.supportsColor)
    var runner = Runner(
      terminal: terminal, state: AppState(catalog: catalog, screenSize: terminal.size))
    runner.run()
    return 0
  }

  private static func notATerminal(_ error: CursesError) -> Int32 {
    StandardError.write(
      "atlas-tui: not a terminal (\(error)); to print a record use: atlas-tui show ID")
    return 2
  }
}
