import Foundation
import TestSupport
import Testing

/// Shared pieces of the end-to-end tests: the binary and a tmux session running it.
enum EndToEnd {
  /// Checked by each tmux suite's `.enabled` trait; prints why when they cannot run here.
  static func canRun() -> Bool {
    guard let reason = BuiltProgram.tmuxSkipReason else { return true }
    print("note: skipping the tmux end-to-end tests: \(reason)")
    return false
  }

  static var binary: String { BuiltProgram.atlasTUI ?? "atlas-tui" }

  /// A cluster of Fixtures/atlas, on the first screen at any size the tests use.
  static let clusterOnScreen = "orchestration"

  /// Starts the browser with no PATH, from a folder outside the package, so it must find
  /// the bundled Fixtures/atlas from its own location; waits for the first screen.
  static func startBrowser(
    arguments: [String] = [], width: Int = 80, height: Int = 24,
    environment: [String: String] = [:]
  ) throws -> TmuxSession {
    let session = try TmuxSession(
      program: binary, arguments: arguments, width: width, height: height,
      environment: environment, workingDirectory: FileManager.default.temporaryDirectory.path)
    let shown = session.waitFor(clusterOnScreen)
    #expect(shown != nil, "browser did not start; screen:\n\(session.screen())")
    return session
  }

  /// After the program ended: the exit status, a cooked terminal, the normal screen back
  /// and the cursor visible.
  static func expectRestored(
    _ session: TmuxSession, status expected: Int32,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let status = session.exitStatus()
    #expect(status == expected, "exit status", sourceLocation: sourceLocation)
    let modes = session.modesAfterExit() ?? ""
    #expect(
      TmuxSession.isCooked(modes), "stty -a after exit:\n\(modes)", sourceLocation: sourceLocation)
    let pane = session.paneModes()
    #expect(
      pane?.alternateScreen == false, "still on the alternate screen",
      sourceLocation: sourceLocation)
    #expect(pane?.cursorVisible == true, "cursor left hidden", sourceLocation: sourceLocation)
    #expect(
      !session.screen().contains(clusterOnScreen), "browser still drawn:\n\(session.screen())",
      sourceLocation: sourceLocation)
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
