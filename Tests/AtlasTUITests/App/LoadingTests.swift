import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct LoadingTests {
  private let progress = LoadingProgress(path: "/data/atlas", recordsRead: 12345, filesRead: 1200, filesTotal: 4000)

  @Test("Before its catalog, the browser shows the progress centred, a bar, and counts in the status line")
  func progressScreen() {
    let s = AppState(loading: progress, screenSize: Size(width: 80, height: 12))
    #expect(s.inputMode == .loading)
    expectScreen(
      Screen.render(s),
      rows: """




                  Loading /data/atlas… 12,345 records in 1,200 of 4,000 files

                            ████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░




         /data/atlas │ 12,345 records in 1,200 of 4,000 files                    ? help
        """)
  }

  @Test("While the files are still being listed the line says so; numbers group by thousands")
  func listingAndGrouping() {
    #expect(LoadingProgress(path: "/p").text == "Loading /p… listing files")
    #expect(LoadingProgress(path: "/p", recordsRead: 1, filesRead: 1).counts == "1 record in 1 files")
    #expect(LoadingProgress(path: "/p", recordsRead: 0, filesRead: 0, filesTotal: 1).counts == "0 records in 0 of 1 file")
    #expect([0, 999, 1000, 1234567, -4321].map(\.grouped) == ["0", "999", "1,000", "1,234,567", "-4,321"])
  }

  @Test("While loading, q quits, ? opens the help, and other keys only say it is still loading")
  func keysWhileLoading() {
    var s = AppState(loading: progress)
    #expect(s.apply(.moveDown) == .redraw)
    #expect(s.message == StatusMessage("Still loading; q quits"))
    _ = s.apply(.startFilter)
    #expect(s.filter == nil)
    _ = s.apply(.toggleHelp)
    #expect(s.showsHelp)
    _ = s.apply(.closeOverlay)
    #expect(!s.showsHelp)
    #expect(s.apply(.quit) == .quit)
    #expect(Keymap.standard.action(for: .control("c"), in: s) == .quit)
  }

  @Test("Finishing the load starts browsing at the record asked for")
  func finishAtInitialRecord() {
    var s = AppState(loading: progress, screenSize: Size(width: 100, height: 30), initialRecordID: SeedCatalog.tenantID)
    s.finishLoading(SeedCatalog.make())
    #expect(s.phase == .browsing)
    #expect(s.inputMode == .browsing)
    #expect(s.selectedRecord?.id == SeedCatalog.tenantID)
    #expect(s.message == nil)
    #expect(Screen.render(s).textRows[0].contains("Clusters (2)"))
  }

  @Test("A record asked for that is not in the catalog is reported once loading finishes")
  func finishWithUnknownRecord() {
    var s = AppState(loading: progress, initialRecordID: "nope:1")
    s.finishLoading(SeedCatalog.make())
    #expect(s.selectedRecord?.id == "run-attempt:01kqex-attempt-1")
    #expect(s.message == StatusMessage("No record nope:1 in this catalog", kind: .error))
  }

  @Test("A failed load shows why, in the error role, and that q quits")
  func failure() {
    var s = AppState(loading: progress, screenSize: Size(width: 60, height: 12))
    s.failLoading("/data/atlas: No such file or directory")
    #expect(s.inputMode == .loading)
    let canvas = Screen.render(s)
    expectScreen(
      canvas,
      rows: """



                         Could not load /data/atlas

                   /data/atlas: No such file or directory

                              Press q to quit.



         /data/atlas │ not loaded                            ? help
        """)
    expectRoles(canvas, rows: "...........!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!.", startRow: 5)
    #expect(s.apply(.quit) == .quit)
    _ = s.apply(.moveDown)
    #expect(s.message == nil)  // nothing is loading any more: no "still loading"
  }
}
