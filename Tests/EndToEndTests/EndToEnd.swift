import Foundation
import Testing
import TestSupport

/// Shared pieces of the end-to-end tests: the binary, the catalog, a session running it.
enum EndToEnd {
  /// Checked by each suite's `.enabled` trait; prints why when the tests cannot run here.
  static func canRun() -> Bool {
    guard let reason = BuiltProgram.endToEndSkipReason else { return true }
    print("Skipping end-to-end tests: \(reason)")
    return false
  }

  static var binary: String { BuiltProgram.atlasTUI ?? "atlas-tui" }
  static var catalog: String { BuiltProgram.sampleCatalog ?? "" }

  /// A cluster of the sample catalog, shown on the first screen.
  static let clusterOnScreen = "channels-hooks"

  /// Starts the browser on the sample catalog and waits for its first screen.
  static func startBrowser(
    width: Int = 80, height: Int = 24, environment: [String: String] = [:]
  ) throws -> TmuxSession {
    let session = try TmuxSession(
      program: binary, arguments: [catalog], width: width, height: height,
      environment: environment)
    let shown = session.waitFor(clusterOnScreen)
    #expect(shown != nil, "browser did not start; screen:\n\(session.screen())")
    return session
  }

  /// After the program ended: the exit status, a cooked terminal, the normal screen back
  /// and the cursor visible.
  static func expectRestored(
    _ session: TmuxSession, status expected: Int32, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let status = session.exitStatus()
    #expect(status == expected, "exit status", sourceLocation: sourceLocation)
    let modes = session.modesAfterExit() ?? ""
    #expect(TmuxSession.isCooked(modes), "stty -a after exit:\n\(modes)", sourceLocation: sourceLocation)
    let pane = session.paneModes()
    #expect(pane?.alternateScreen == false, "still on the alternate screen", sourceLocation: sourceLocation)
    #expect(pane?.cursorVisible == true, "cursor left hidden", sourceLocation: sourceLocation)
    #expect(
      !session.screen().contains(clusterOnScreen), "browser still drawn:\n\(session.screen())",
      sourceLocation: sourceLocation)
  }
}
