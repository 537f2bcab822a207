import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct ScreenTests {
  /// The seed run reached from tenant:acme by following its scopes_runs edge, so the
  /// record pane is focused and the status line shows a trail.
  private func browsing(_ size: Size) -> AppState {
    var s = AppState(catalog: SeedCatalog.make(), screenSize: size)
    s.reveal(recordID: SeedCatalog.tenantID)
    _ = s.apply(.focusRight)
    _ = s.apply(.focusRight)
    _ = s.apply(.open)  // tenant:acme --scopes_runs--> the run
    return s
  }

  @Test("80x24: clusters over records on the left, the record on the right, status below")
  func screen80x24() {
    expectScreen(
      Screen.render(browsing(Size(width: 80, height: 24))),
      rows: """
        ┌ Clusters (2) ────────────────────┐┌ Record · run:01kqex-example-run-001 ─────┐
        │ lifecycle                      5 ││ id      run:01kqex-example-run-001       │
        │ tenancy                        1 ││ kind    Run                              │
        └──────────────────────────────────┘│ file    lifecycle/runs/example-run.yaml  │
        ┌ lifecycle (5) ───────────────────┐│ cluster lifecycle                        │
        │ run-attempt:01kqex…  Attempt 1   ││                                          │
        │ invocation:01kqex-…  Example in… ││ Attributes (8)                           │
        │ run-attempt:retryi…  Retrying a… ││   displayName: Example feature-build run │
        │ run:01kqex-example…  Example fe… ││   startedAt: 2026-01-01T00:00:00Z        │
        │ lifecycle-state:ru…  waiting     ││   status: draft                          │
        │                                  ││   processId: process:example-feature-bu… │
        │                                  ││   runDir: .a5c/runs/01KQEX-EXAMPLE-RUN-… │
        │                                  ││   createdAt: 2026-04-28T10:00:00Z        │
        │                                  ││   completionProof: null                  │
        │                                  ││   currentStateId: lifecycle-state:run.w… │
        │                                  ││                                          │
        │                                  ││ Outgoing edges (17)                      │
        │                                  ││   in_state (1)                           │
        │                                  ││     → lifecycle-state:run.waiting  wait… │
        │                                  ││   governed_by (1)                        │
        │                                  ││     → state-machine:run  ✗ missing       │
        │                                  ││   spawned_invocation (1)                 │
        └──────────────────────────────────┘└──────────────────────────────────────────┘
         run:01kqex-example-run-001 ‹ tenant:acme                    ! problems  ? help
        """)
  }

  @Test("120x40: three panes side by side")
  func screen120x40() {
    let canvas = Screen.render(browsing(Size(width: 120, height: 40)))
    let rows = canvas.textRows
    #expect(rows.count == 40)
    #expect(rows[0].hasPrefix("┌ Clusters (2) ────┐┌ lifecycle (5) ─"))
    #expect(rows[0].contains("┐┌ Record · run:01kqex-example-run-001 ─"))
    #expect(rows[1] == "│ lifecycle      5 ││ run-attempt:01kqex-attempt-1    Attempt 1    ││ id      run:01kqex-example-run-001               │")
    #expect(rows[39] == " /fixtures/seed │ 6 records · 2 clusters · ⚠ 15 problems │ run:01kqex-example-run-001 ‹ tenant:acme  ! problems  ? help")
    // The focused record pane: its frame in the focused role, the others plain.
    let roles = canvas.roleRows()
    #expect(roles[5].hasPrefix("-"))
    #expect(roles[5].hasSuffix("="))
  }

  @Test("The help overlay lists every action of the table with its keys")
  func helpOverlay() {
    var s = browsing(Size(width: 80, height: 24))
    _ = s.apply(.toggleHelp)
    let text = Screen.render(s).text
    for entry in Action.table {
      #expect(text.contains(entry.description), "\(entry.action)")
      #expect(text.contains(entry.keys.map(\.name).joined(separator: " ")), "\(entry.action)")
    }
    #expect(text.contains("┌ Help (Esc or q closes) "))
  }

  @Test("The help overlay scrolls when the screen is short")
  func helpScrolls() {
    var s = browsing(Size(width: 80, height: 12))
    _ = s.apply(.toggleHelp)
    #expect(!Screen.render(s).text.contains("Quit"))
    _ = s.apply(.moveToBottom)
    #expect(Screen.render(s).text.contains("Quit"))
  }

  @Test("Below 40x10 the screen says it is too small, at every size down to 0x0")
  func tooSmall() {
    expectScreen(
      Screen.render(AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 39, height: 9))),
      rows: "Terminal too small: need at least\n40x10, have 39x9")
    expectScreen(
      Screen.render(AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 10, height: 3))),
      rows: "Terminal\ntoo small:\nneed at …")
    expectScreen(Screen.render(AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 1, height: 1))), rows: "…")
    #expect(Screen.render(AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 0, height: 0))).cells.isEmpty)
    #expect(Screen.render(AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 40, height: 10))).text.contains("Clusters"))
  }

  @Test("Every size from 0x0 to 60x14, in every mode, renders without trapping and fills its canvas")
  func everySize() {
    var base = browsing(Size(width: 80, height: 24))
    let panes: [Action] = [.moveDown, .pageDown, .moveToBottom, .focusLeft]
    let overlay: [Action] = [.moveDown, .pageDown, .moveToBottom]
    var states: [(AppState, [Action])] = [(base, panes)]
    _ = base.apply(.toggleRawJSON)
    states.append((base, panes))
    var help = base
    _ = help.apply(.toggleHelp)
    states.append((help, overlay))
    var problems = base
    _ = problems.apply(.toggleDiagnostics)
    states.append((problems, overlay))
    var finding = base
    _ = finding.apply(.filter("r"))
    states.append((finding, overlay))
    states.append((AppState(loading: LoadingProgress(path: "/p", recordsRead: 5, filesRead: 1, filesTotal: 3)), overlay))
    var failed = AppState(loading: LoadingProgress(path: "/p"))
    failed.failLoading("a reason long enough to need wrapping on the narrowest screens")
    states.append((failed, overlay))
    for (start, actions) in states {
      var state = start
      for width in 0...60 {
        for height in 0...14 {
          state.resize(to: Size(width: width, height: height))
          let canvas = Screen.render(state)
          #expect(canvas.cells.count == width * height)
          for action in actions { _ = state.apply(action) }
        }
      }
      #expect(state.inputMode == start.inputMode || start.inputMode == .browsing, "\(start.inputMode)")
    }
  }

  @Test("Hostile data never puts a control character in a cell, in any view")
  func hostileData() {
    var s = AppState(catalog: TestCatalogs.hostile(), screenSize: Size(width: 100, height: 30))
    var canvases = [Screen.render(s)]
    _ = s.apply(.focusNext)
    _ = s.apply(.focusNext)
    canvases.append(Screen.render(s))
    _ = s.apply(.open)  // follow the edge to y:\e[31mred
    canvases.append(Screen.render(s))
    _ = s.apply(.toggleRawJSON)
    canvases.append(Screen.render(s))
    _ = s.apply(.toggleHelp)
    canvases.append(Screen.render(s))
    _ = s.apply(.toggleHelp)
    _ = s.apply(.filter("\u{1B}["))  // finds both ids, the escape itself matched
    #expect(s.filter?.matchCount == 2)
    canvases.append(Screen.render(s))

    let hostile = TestCatalogs.hostile()
    let troubled = Catalog(
      root: hostile.root, records: hostile.records,
      diagnostics: [
        Diagnostic(
          .error, .structure, at: SourceLocation(file: "odd/\u{1B}[2J.yaml", line: 1, column: 1),
          "bad \u{1B}]0;title\u{07} and \u{202E}reversed", recordID: hostile.records[0].id)
      ], fileCount: 2)
    var p = AppState(catalog: troubled, screenSize: Size(width: 100, height: 30))
    _ = p.apply(.toggleDiagnostics)
    canvases.append(Screen.render(p))
    var l = AppState(loading: LoadingProgress(path: "/tmp/\u{1B}[7mroot\n"), screenSize: Size(width: 100, height: 30))
    canvases.append(Screen.render(l))
    l.failLoading("cannot read \u{1B}[31mfile\r")
    canvases.append(Screen.render(l))
    for canvas in canvases {
      for cell in canvas.cells {
        #expect(!cell.text.unicodeScalars.contains(where: SafeText.needsEscape), "raw control in \(cell)")
        #expect(cell.isContinuation || TextWidth.of(cell.text) == Int(cell.width), "\(cell)")
      }
    }
    let text = canvases[0].text
    #expect(text.contains("x:\\e[2J\\e]0;pwned\\u{7}"))
    #expect(text.contains("Evil\\u{202E}txt"))
    #expect(text.contains("\\u{2028}"))
  }

  @Test("The status bar shows a message in its role, replacing the trail")
  func statusMessage() {
    var s = browsing(Size(width: 100, height: 24))
    s.message = StatusMessage("boom", kind: .error)
    let canvas = Screen.render(s)
    let last = canvas.textRows[23]
    #expect(last == " /fixtures/seed │ 6 records · 2 clusters · ⚠ 15 problems │ boom                  ! problems  ? help")
    let roles = canvas.roleRows()[23]
    #expect(roles.contains("!!!!"))
    s.message = StatusMessage("fine")
    #expect(Screen.render(s).roleRows()[23].contains("iiii"))
  }

  @Test("The status bar counts records, clusters and problems in the singular and plural; no problems, no count")
  func statusCounts() {
    let record = Record(
      id: "a:1", kind: "A", file: "a/a.yaml", cluster: "a", location: SourceLocation(file: "a/a.yaml", line: 1, column: 1))
    let one = Catalog(
      root: "/one", records: [record],
      diagnostics: [Diagnostic(.error, .parse, at: SourceLocation(file: "b.yaml", line: 1, column: 1), "bad")],
      fileCount: 2)
    #expect(StatusBar.summary(AppState(catalog: one)) == "1 record · 1 cluster · ⚠ 1 problem")
    #expect(StatusBar.summary(AppState(catalog: TestCatalogs.grid(clusters: 2, perCluster: 1))) == "2 records · 2 clusters")
    let loading = AppState(loading: LoadingProgress(path: "/big", recordsRead: 12345, filesRead: 1200, filesTotal: 4000))
    #expect(StatusBar.summary(loading) == "12,345 records in 1,200 of 4,000 files")
  }

  @Test("A long catalog path keeps its end")
  func pathTail() {
    #expect(TextWrap.tail("/very/long/path/to/the/atlas", width: 12) == "…o/the/atlas")
    #expect(TextWrap.tail("short", width: 12) == "short")
    #expect(TextWrap.tail("中文中文", width: 4) == "…文")
  }
}
