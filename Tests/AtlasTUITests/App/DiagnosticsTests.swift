import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct DiagnosticsTests {
  /// Two records; `b:1` has an edge to a missing record (a warning the catalog adds) and
  /// a duplicate-key error; a file that did not parse has an error of its own.
  static func catalog() -> Catalog {
    let a = Record(
      id: "a:1", kind: "A", file: "a/a.yaml", cluster: "a",
      location: SourceLocation(file: "a/a.yaml", line: 1, column: 1))
    let b = Record(
      id: "b:1", kind: "B", file: "b/b.yaml", cluster: "b",
      outgoing: [Edge(from: "b:1", to: "zz:missing", kind: "needs")],
      location: SourceLocation(file: "b/b.yaml", line: 1, column: 1))
    return Catalog(
      root: "/d", records: [a, b],
      diagnostics: [
        Diagnostic(.error, .parse, at: SourceLocation(file: "a/broken.yaml", line: 3, column: 7), "mapping values are not allowed here"),
        Diagnostic(.error, .structure, at: SourceLocation(file: "b/b.yaml", line: 2, column: 3), "key 'name' is given twice", recordID: "b:1"),
      ],
      fileCount: 3)
  }

  private func state(_ size: Size = Size(width: 80, height: 12)) -> AppState {
    AppState(catalog: Self.catalog(), screenSize: size)
  }

  @Test("! lists the problems in place order as severity, file:line:column and message, errors and warnings in their roles")
  func list() {
    var s = state()
    _ = s.apply(.toggleDiagnostics)
    #expect(s.inputMode == .diagnostics)
    let canvas = Screen.render(s)
    // The overlay starts at column 2; the panes show around it.
    let rows = canvas.textRows.map { String($0.dropFirst(2)) }
    #expect(rows[1] == "┌ Problems (3) · Enter: go to its record · Esc: close ─────────────────────┐ │")
    #expect(rows[2] == "│ error    a/broken.yaml:3:7  mapping values are not allowed here          │ │")
    #expect(rows[3] == "│ warning  b/b.yaml:1:1  edge 'needs' from 'b:1' points to 'zz:missing', … │ │")
    #expect(rows[4] == "│ error    b/b.yaml:2:3  key 'name' is given twice                         │ │")
    #expect(rows[5] == "│                                                                          │ │")
    let roles = canvas.roleRows().map { String($0.dropFirst(2)) }
    #expect(roles[2].hasPrefix("=SSSSSSSSSSSSSSSSSSSSSSSSSSSS"))  // the highlighted row
    #expect(roles[3].hasPrefix("=.WWWWWWW................WWWW"))  // warning: label and message
    #expect(roles[4].hasPrefix("=.XXXXX..................XXXX"))  // error
  }

  @Test("the highlighted problem is shown in full, wrapped, below the list, when there is room")
  func fullTextOfTheHighlightedProblem() {
    var s = state(Size(width: 60, height: 24))
    _ = s.apply(.toggleDiagnostics)
    _ = s.apply(.moveDown)  // the warning, whose message the list row cuts
    let rows = Screen.render(s).textRows.map { String($0.dropFirst(2)) }
    #expect(rows[3] == "│ warning  b/b.yaml:1:1  edge 'needs' from 'b:1' poin… │ │")
    #expect(rows[16] == "│ ──────────────────────────────────────────────────── │ │")
    #expect(rows[17] == "│ b/b.yaml:1:1: warning: edge 'needs' from 'b:1'       │ │")
    #expect(rows[18] == "│ points to 'zz:missing', which is not in the catalog  │ │")
    #expect(rows[19] == "│                                                      │ │")
  }

  @Test("Enter on a problem with a record goes there as a history step and closes the list; Back returns")
  func enterGoes() {
    var s = state()
    let start = s.selectedRecord?.id
    _ = s.apply(.toggleDiagnostics)
    _ = s.apply(.moveDown)
    _ = s.apply(.open)
    #expect(!s.showsDiagnostics)
    #expect(s.selectedRecord?.id == "b:1")
    #expect(s.focus == .detail)
    #expect(s.history.back.map(\.recordID) == [start].compactMap { $0 })
    _ = s.apply(.back)
    #expect(s.selectedRecord?.id == start)
    // The list keeps its place for the next time it opens.
    _ = s.apply(.toggleDiagnostics)
    #expect(s.diagnosticsList.selected == 1)
  }

  @Test("Enter on a problem about a whole file says so and keeps the list open")
  func enterOnFileProblem() {
    var s = state()
    _ = s.apply(.toggleDiagnostics)
    _ = s.apply(.open)
    #expect(s.showsDiagnostics)
    #expect(s.message == StatusMessage("This problem is about the file, not one record"))
  }

  @Test("Esc, ! and any key the list has no use for close it and do nothing else")
  func closing() {
    for action: Action in [.closeOverlay, .toggleDiagnostics, .toggleRawJSON, .focusRight, .startFilter] {
      var s = state()
      _ = s.apply(.toggleDiagnostics)
      _ = s.apply(action)
      #expect(!s.showsDiagnostics, "\(action)")
      #expect(!s.showsRawJSON && s.filter == nil && s.focus == .clusters, "\(action)")
    }
    // q closes the list like Esc; the next q quits.
    var s = state()
    _ = s.apply(.toggleDiagnostics)
    #expect(s.apply(.quit) == .redraw)
    #expect(!s.showsDiagnostics)
    #expect(s.apply(.quit) == .quit)
  }

  @Test("Enter on a dangling-edge problem selects that edge, and from its own record adds no history step")
  func enterSelectsTheEdge() {
    let hub = Record(
      id: "h:1", kind: "H", file: "h.yaml", cluster: "h",
      outgoing: [
        Edge(from: "h:1", to: "h:1", kind: "self", position: SourcePosition(line: 3, column: 5)),
        Edge(from: "h:1", to: "gone:1", kind: "lost", position: SourcePosition(line: 5, column: 5)),
      ],
      location: SourceLocation(file: "h.yaml", line: 1, column: 1))
    var s = AppState(catalog: Catalog(root: "/r", records: [hub], diagnostics: [], fileCount: 1))
    _ = s.apply(.toggleDiagnostics)
    _ = s.apply(.open)
    #expect(s.selectedRecord?.id == "h:1")
    #expect(s.selected?.detail.link(at: s.detail.selected)?.otherEnd == "gone:1")
    #expect(s.history.back.isEmpty)
  }

  @Test("The list scrolls to keep the highlighted problem in view")
  func scrolls() {
    let catalog = Catalog(
      root: "/many", records: [],
      diagnostics: (1...40).map {
        Diagnostic(.warning, .structure, at: SourceLocation(file: "f.yaml", line: $0, column: 1), "problem \($0)")
      },
      fileCount: 1)
    var s = AppState(catalog: catalog, screenSize: Size(width: 60, height: 12))
    _ = s.apply(.toggleDiagnostics)
    _ = s.apply(.moveToBottom)
    #expect(s.diagnosticsList.selected == 39)
    let rows = Screen.render(s).textRows
    #expect(rows[8].contains("f.yaml:40:1  problem 40"))
    #expect(rows[2].contains("f.yaml:34:1  problem 34"))
    _ = s.apply(.pageUp)
    #expect(s.diagnosticsList.selected == 39 - 6)
  }

  @Test("Without problems ! only says so, and the status line hints ! only when there are problems")
  func noProblems() {
    var s = AppState(catalog: TestCatalogs.grid(clusters: 1, perCluster: 2), screenSize: Size(width: 80, height: 12))
    _ = s.apply(.toggleDiagnostics)
    #expect(!s.showsDiagnostics)
    #expect(s.message == StatusMessage("No problems found in this catalog"))
    #expect(Screen.render(s).textRows[11].hasSuffix("? help"))
    #expect(!Screen.render(s).textRows[11].contains("!"))
    let troubled = state()
    #expect(Screen.render(troubled).textRows[11].hasSuffix("! problems  ? help"))
    #expect(Screen.render(troubled).textRows[11].contains("⚠ 3 problems"))
  }
}
