import Testing
import TestSupport

@testable import AtlasTUI

struct RunnerTests {
  private func keys(_ s: String) -> [TerminalEvent] { s.map { .key(.character($0)) } }

  @Test("A scripted session: navigate, follow an edge, open the JSON view, quit")
  func scriptedSession() {
    let terminal = MemoryTerminal(
      size: Size(width: 100, height: 30),
      events: keys("jl") + [.key(.tab), .key(.enter)] + keys("J") + keys("q") + keys("jjj"))
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()))
    let final = runner.run()
    // tenancy → its only record → the record pane → Enter follows scopes_runs to the run.
    #expect(final.selectedRecord?.id == SeedCatalog.runID)
    #expect(final.showsRawJSON)
    #expect(terminal.screen?.text.contains("\"id\": \"run:01kqex-example-run-001\"") == true)
    // q ended the loop: the keys after it were never read.
    #expect(terminal.requestedTimeouts.count == 6)
    #expect(!terminal.isClosed)  // closing is main's job
  }

  @Test("The first frame and the frame after a resize are presented without a previous frame")
  func resizeDropsPrevious() {
    let terminal = MemoryTerminal(
      size: Size(width: 80, height: 24),
      events: keys("j") + [.resize(Size(width: 120, height: 40))] + keys("k"))
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()))
    let final = runner.run()
    #expect(terminal.presentations.map(\.hadPrevious) == [false, true, false, true])
    #expect(terminal.presentations.map(\.frame.size) == [
      Size(width: 80, height: 24), Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 120, height: 40),
    ])
    #expect(final.screenSize == Size(width: 120, height: 40))
  }

  @Test("The runner adopts the terminal's size before drawing the first frame")
  func adoptsSize() {
    let terminal = MemoryTerminal(size: Size(width: 50, height: 12))
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 200, height: 80)))
    runner.run()
    #expect(terminal.screen?.size == Size(width: 50, height: 12))
  }

  @Test("Keys that change nothing, and unbound keys, draw no new frame")
  func noRedrawWithoutChange() {
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: keys("kxz") + [.key(.function(9))])
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()))
    runner.run()
    #expect(terminal.presentations.count == 1)
  }

  @Test("Ctrl-L redraws in full")
  func repaint() {
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.control("l"))])
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()))
    runner.run()
    #expect(terminal.presentations.map(\.hadPrevious) == [false, false])
  }

  @Test("With a message showing, the loop waits with a timeout, and a timeout clears it")
  func messageTimeout() {
    // Back with no history shows "Nothing to go back to"; then the script ends.
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.backspace)])
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()), messageTimeout: 1500)
    let final = runner.run()
    #expect(terminal.requestedTimeouts == [nil, 1500, nil])
    #expect(final.message == nil)
    #expect(terminal.presentations[1].frame.text.contains("Nothing to go back to"))
    #expect(terminal.screen?.text.contains("Nothing to go back to") == false)
  }

  @Test("End of input ends the loop with the state reached")
  func endOfInput() {
    let terminal = MemoryTerminal(size: Size(width: 80, height: 24), keys: "jl")
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()))
    let final = runner.run()
    #expect(final.focus == .records)
    #expect(final.selectedCluster?.name == "tenancy")
    #expect(runner.state == final)
  }

  @Test("Tiny and zero sizes run through the loop without trapping")
  func tinySizes() {
    let sizes = [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 10, height: 3), Size(width: 39, height: 9)]
    let terminal = MemoryTerminal(
      size: Size(width: 0, height: 0),
      events: sizes.flatMap { [.resize($0)] + "jlJ?G\u{1B}".map { TerminalEvent.key(.character($0)) } })
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()))
    runner.run()
    #expect(terminal.screen?.text == "Terminal too small: need at least\n40x10, have 39x9")
  }

  @Test("In the filter prompt q is typed, not quit; Enter goes to the match and q then quits")
  func filterThroughRunner() {
    let terminal = MemoryTerminal(
      size: Size(width: 100, height: 30),
      events: keys("/acmeq") + [.key(.backspace), .key(.enter)] + keys("q") + keys("j"))
    var runner = Runner(terminal: terminal, state: AppState(catalog: SeedCatalog.make()))
    let final = runner.run()
    #expect(final.selectedRecord?.id == SeedCatalog.tenantID)
    #expect(final.filter == nil)
    #expect(terminal.presentations.contains { $0.frame.text.contains("Find: no matches") })
    #expect(terminal.requestedTimeouts.count == 9)  // the j after q was never read
  }
}
