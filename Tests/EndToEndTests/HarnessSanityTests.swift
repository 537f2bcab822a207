import Foundation
import TestSupport
import Testing

/// The restoration tests are only worth something if they can fail: these show that the
/// harness does see a terminal left raw, both after a program exits and while a job is
/// stopped (dash, unlike bash, does not repair the modes of a stopped job).
@Suite(.serialized, .enabled(if: TmuxSession.executable != nil))
struct HarnessSanityTests {
  @Test func aProgramThatLeavesTheTerminalRawIsCaught() throws {
    let session = try TmuxSession(program: "/bin/stty", arguments: ["-echo", "-icanon"])
    #expect(session.exitStatus() == 0)
    let modes = try #require(session.modesAfterExit())
    #expect(!TmuxSession.isCooked(modes))
    #expect(modes.contains("-echo"))
  }

  @Test func aJobStoppedWithARawTerminalIsCaught() throws {
    let session = try TmuxSession(interactiveShellWidth: 80, height: 24)
    #expect(session.waitFor(TmuxSession.shellPrompt) != nil)
    try session.shell("sh -c 'stty -echo -icanon; kill -STOP $$'")
    #expect(session.waitFor("Stopped") != nil, "no stop report:\n\(session.screen())")
    try session.shell("stty -a > '\(session.path("stty"))'")
    let modes = try #require(session.waitForFile("stty"))
    #expect(!TmuxSession.isCooked(modes))
  }
}
