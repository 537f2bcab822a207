import Foundation
import TestSupport
import Testing

/// The real binary in tmux: however it ends, the user's terminal is given back cooked
/// (echo and canonical input on), on the normal screen with the cursor showing, and the
/// exit status tells the parent what happened. Serialized: each test runs a tmux server
/// and the machine is shared.
@Suite(.serialized, .enabled(if: EndToEnd.canRun()))
struct TerminalRestorationTests {
  @Test func quittingWithQRestoresTheTerminalAndExitsZero() throws {
    let session = try EndToEnd.startBrowser()
    try session.keys("j", "j", "q")
    EndToEnd.expectRestored(session, status: 0)
  }

  @Test func ctrlCRestoresTheTerminalAndDiesBySIGINT() throws {
    let session = try EndToEnd.startBrowser()
    try session.keys("C-c")
    EndToEnd.expectRestored(session, status: 128 + SIGINT)
  }

  @Test func sigtermRestoresTheTerminalAndDiesBySIGTERM() throws {
    let session = try EndToEnd.startBrowser()
    try session.signal(SIGTERM)
    EndToEnd.expectRestored(session, status: 128 + SIGTERM)
  }

  @Test func sighupRestoresTheTerminalAndDiesBySIGHUP() throws {
    let session = try EndToEnd.startBrowser()
    try session.signal(SIGHUP)
    EndToEnd.expectRestored(session, status: 128 + SIGHUP)
  }

  /// A terminal that vanishes without a SIGHUP for us (here the wrapper shell takes the
  /// hangup) must not leave the program spinning on reads that fail at once, forever.
  @Test func whenTheTerminalGoesAwayTheProgramEnds() throws {
    let session = try EndToEnd.startBrowser()
    let pid = try #require(session.programPID())
    try session.closeTerminal()
    #expect(session.exitStatus(timeout: .seconds(5)) == 0, "the program did not end")
    #expect(kill(pid, 0) != 0)
  }

  @Test func ctrlBackslashRestoresTheTerminalAndDiesBySIGQUIT() throws {
    let session = try EndToEnd.startBrowser()
    try session.keys("C-\\")
    EndToEnd.expectRestored(session, status: 128 + SIGQUIT)
  }

  @Test func aCrashSignalRestoresTheTerminalAndDiesByIt() throws {
    let session = try EndToEnd.startBrowser()
    try session.signal(SIGSEGV)
    EndToEnd.expectRestored(session, status: 128 + SIGSEGV)
  }

  @Test func ctrlZHandsTheShellACookedTerminalAndFgRepaints() throws {
    let session = try TmuxSession(interactiveShellWidth: 80, height: 24)
    #expect(
      session.waitFor(TmuxSession.shellPrompt) != nil, "no shell prompt:\n\(session.screen())")
    try session.shell(EndToEnd.shellQuoted(EndToEnd.binary))
    #expect(session.waitFor(EndToEnd.clusterOnScreen) != nil, "browser did not start")

    try session.keys("C-z")
    let stopped = session.waitUntil { $0.contains("Stopped") && !$0.contains("Clusters (") }
    #expect(stopped != nil, "no job-control report after Ctrl-Z:\n\(session.screen())")
    try session.shell("stty -a > \(EndToEnd.shellQuoted(session.path("stty-stopped")))")
    let modesWhileStopped = session.waitForFile("stty-stopped") ?? ""
    #expect(TmuxSession.isCooked(modesWhileStopped), "stty -a while stopped:\n\(modesWhileStopped)")
    #expect(session.paneModes()?.cursorVisible == true, "cursor hidden while stopped")

    try session.shell("fg")
    let repainted = session.waitUntil {
      $0.contains(EndToEnd.clusterOnScreen) && !$0.contains("\(TmuxSession.shellPrompt) fg")
    }
    #expect(repainted != nil, "no full repaint after fg:\n\(session.screen())")
    // Still responsive: keys move the selection, q quits.
    try session.keys("j", "q")
    try session.shell(
      "echo $? > \(EndToEnd.shellQuoted(session.path("status"))); stty -a > \(EndToEnd.shellQuoted(session.path("stty")))"
    )
    #expect(session.exitStatus() == 0)
    let modes = session.modesAfterExit() ?? ""
    #expect(TmuxSession.isCooked(modes), "stty -a after quitting:\n\(modes)")
  }

  @Test func shrinkingTo1x1AndBackDoesNotCrash() throws {
    let session = try EndToEnd.startBrowser()
    let pid = try #require(session.programPID())
    try session.resize(width: 1, height: 1)
    #expect(session.waitUntil { !$0.contains(EndToEnd.clusterOnScreen) } != nil)
    Thread.sleep(forTimeInterval: 0.5)
    #expect(kill(pid, 0) == 0, "the program died at 1x1")
    try session.resize(width: 20, height: 5)
    #expect(session.waitFor("too small") != nil, "20x5 screen:\n\(session.screen())")
    try session.resize(width: 80, height: 24)
    #expect(session.waitFor(EndToEnd.clusterOnScreen) != nil, "after growing:\n\(session.screen())")
    try session.keys("q")
    EndToEnd.expectRestored(session, status: 0)
  }
}

@Suite(.serialized, .enabled(if: EndToEnd.canRun()))
struct UnusableTerminalTests {
  @Test(arguments: [
    ("dumb", "TERM 'dumb' is unknown or cannot position the cursor"),
    ("no-such-term", "TERM 'no-such-term' is unknown or cannot position the cursor"),
    ("", "TERM is not set"),
  ])
  func anUnusableTERMIsReportedAndTheTerminalLeftAlone(term: String, reason: String) throws {
    let session = try TmuxSession(program: EndToEnd.binary, environment: ["TERM": term])
    #expect(session.exitStatus() == 2)
    let message = "atlas-tui: not a terminal (\(reason)); to print a record use: atlas-tui show ID"
    let screen = session.waitUntil { $0.replacingOccurrences(of: "\n", with: "").contains(message) }
    #expect(screen != nil, "screen:\n\(session.screen())")
    #expect(TmuxSession.isCooked(session.modesAfterExit() ?? ""))
  }
}
