import AtlasCurses
import AtlasModel
import AtlasTUI
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive browser. Every check that can fail on the command line's words (the
/// terminal, the theme, the catalog path) happens before curses starts (NOTES §3.3), so
/// such an error is an ordinary message on an ordinary terminal. The catalog itself loads
/// on another thread while the browser shows its progress: the first screen appears at
/// once however large the catalog, and q quits at any time.
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
    guard FileManager.default.fileExists(atPath: path) else {
      StandardError.write("atlas-tui: \(StandardError.visible(path)): cannot open catalog: No such file or directory")
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
      terminalHasColors: terminal.supportsColor, explicitlyRequested: themeName != nil)
    let channel = LoadingChannel()
    startLoading(path, into: channel)
    var runner = Runner(
      terminal: terminal,
      state: AppState(loading: LoadingProgress(path: path), screenSize: terminal.size),
      loading: channel)
    runner.run()
    return 0
  }

  /// Loads on a thread of its own that never touches the terminal; only the channel
  /// connects it to the event loop. The search index is built there too, so the first
  /// `/` does not pause. If the user quits first, the process simply ends with it.
  private static func startLoading(_ path: String, into channel: LoadingChannel) {
    let thread = Thread {
      do throws(CatalogLoader.Failure) {
        let catalog = try CatalogLoader.load(path: path) { progress in
          channel.report(
            LoadingProgress(
              path: path, recordsRead: progress.records, filesRead: progress.filesDone,
              filesTotal: progress.filesTotal))
        }
        channel.finish(catalog, searchIndex: SearchIndex(catalog: catalog))
      } catch {
        channel.fail(error.description)
      }
    }
    thread.name = "catalog loader"
    thread.start()
  }

  private static func notATerminal(_ error: CursesError) -> Int32 {
    StandardError.write(
      "atlas-tui: not a terminal (\(error)); to print a record use: atlas-tui show ID")
    return 2
  }
}
