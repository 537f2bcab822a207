import AtlasModel
import Foundation
import Testing
import TestSupport

@testable import AtlasTUI

struct LoadingRunnerTests {
  private let path = "/data/atlas"

  @Test("The runner polls the channel while loading: progress redraws, the catalog starts browsing, then it blocks again")
  func pollsUntilLoaded() {
    let channel = LoadingChannel()
    let terminal = MemoryTerminal(size: Size(width: 100, height: 20))
    // The loader, played by the test: progress on the 2nd wait, the catalog on the 4th.
    terminal.beforeEachWait = { call in
      if call == 1 { channel.report(LoadingProgress(path: self.path, recordsRead: 3, filesRead: 2, filesTotal: 6)) }
      if call == 3 { channel.finish(SeedCatalog.make()) }
      if call == 4 { terminal.enqueue([.key(.character("q"))]) }
    }
    let state = AppState(loading: LoadingProgress(path: path), initialRecordID: SeedCatalog.runID)
    var runner = Runner(terminal: terminal, state: state, loading: channel, pollInterval: 50)
    let final = runner.run()
    #expect(final.phase == .browsing)
    #expect(final.selectedRecord?.id == SeedCatalog.runID)
    // Short waits while loading, a blocking wait once there is a catalog.
    #expect(terminal.requestedTimeouts == [50, 50, 50, 50, nil])
    // First frame, the progress frame, the browsing frame; idle polls draw nothing.
    let texts = terminal.presentations.map(\.frame.text)
    #expect(texts.count == 3)
    #expect(texts[0].contains("Loading /data/atlas… listing files"))
    #expect(texts[1].contains("Loading /data/atlas… 3 records in 2 of 6 files"))
    #expect(texts[2].contains("Clusters (2)"))
  }

  @Test("Keys work while loading: ? shows the help over the progress, q quits before the catalog arrives")
  func keysWhileLoading() {
    let channel = LoadingChannel()
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.character("?"))])
    terminal.beforeEachWait = { call in
      if call == 2 { terminal.enqueue([.key(.escape), .key(.character("q"))]) }
    }
    var runner = Runner(terminal: terminal, state: AppState(loading: LoadingProgress(path: path)), loading: channel)
    let final = runner.run()
    #expect(final.loading != nil)
    #expect(terminal.presentations.contains { $0.frame.text.contains("Help (Esc or q closes)") })
  }

  @Test("A failure posted by the loader is shown and polling stops")
  func failure() {
    let channel = LoadingChannel()
    channel.fail("permission denied")
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.character("q"))])
    var runner = Runner(terminal: terminal, state: AppState(loading: LoadingProgress(path: path)), loading: channel)
    let final = runner.run()
    #expect(final.phase == .failed("permission denied"))
    #expect(terminal.requestedTimeouts == [nil])
    #expect(terminal.screen?.text.contains("permission denied") == true)
  }

  @Test("The channel hands out the newest progress once and the outcome once, across threads")
  func channel() async {
    let channel = LoadingChannel()
    #expect(channel.take().progress == nil)
    let outcomesSeen = await withTaskGroup(of: Int.self) { group in
      group.addTask {
        for n in 1...10_000 { channel.report(LoadingProgress(path: "/p", recordsRead: n)) }
        channel.finish(SeedCatalog.make())
        return 0
      }
      group.addTask {
        var last = 0
        var outcomes = 0
        for _ in 0..<10_000 {
          let (progress, outcome) = channel.take()
          if let progress {
            #expect(progress.recordsRead > last)  // never older than what was seen
            last = progress.recordsRead
          }
          if outcome != nil { outcomes += 1 }
        }
        return outcomes
      }
      return await group.reduce(0, +)
    }
    let (_, outcome) = channel.take()
    #expect(outcomesSeen + (outcome == nil ? 0 : 1) == 1)
    #expect(channel.take().outcome == nil)
  }

  @Test("A runner that polls stops at the end of a script: the memory terminal types Ctrl-C after enough idle waits")
  func idleSafetyNet() {
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
    terminal.idleWaitsBeforeQuit = 3
    var runner = Runner(terminal: terminal, state: AppState(loading: LoadingProgress(path: path)), loading: LoadingChannel())
    runner.run()
    #expect(terminal.requestedTimeouts == [50, 50, 50, 50])
  }
}

/// While the catalog loads the loop polls with a timeout; input that ends then must still
/// end the loop, not leave it spinning until the load is done.
@Suite struct InputEndedWhileLoadingTests {
  final class EndedTerminal: Terminal {
    var size = Size(width: 80, height: 24)
    var waits = 0
    func present(_ frame: Canvas, previous: Canvas?) {}
    func nextEvent(timeout: Int?) -> TerminalEvent? {
      waits += 1
      return waits > 3 ? .inputEnded : nil
    }
    func close() {}
  }

  @Test func theRunnerStopsOnInputEndedEvenWhilePolling() {
    let terminal = EndedTerminal()
    var runner = Runner(
      terminal: terminal, state: AppState(loading: LoadingProgress(path: "/big"), screenSize: terminal.size),
      loading: LoadingChannel())
    runner.run()
    #expect(terminal.waits == 4)
  }
}
