import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct RecordListPaneTests {
  private func draw(_ state: AppState, width: Int, height: Int) -> Canvas {
    var canvas = Canvas(size: Size(width: width, height: height))
    RecordListPane.draw(state, in: canvas.bounds, on: &canvas)
    return canvas
  }

  @Test("A wide pane shows id, kind and display name columns for the selected cluster")
  func wide() {
    var state = AppState(catalog: SeedCatalog.make())
    state.reveal(recordID: SeedCatalog.runID)
    let canvas = draw(state, width: 80, height: 8)
    expectScreen(
      canvas,
      rows: """
        ┌ lifecycle (5) ───────────────────────────────────────────────────────────────┐
        │ run-attempt:01kqex-attempt-1      RunAttempt      Attempt 1                  │
        │ invocation:01kqex-invocation-001  Invocation      Example invocation         │
        │ run-attempt:retrying-example      RunAttempt      Retrying attempt           │
        │ run:01kqex-example-run-001        Run             Example feature-build run  │
        │ lifecycle-state:run.waiting       LifecycleState  waiting                    │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        """)
    // The run (row 4) is selected but the pane is not focused: inactive selection.
    expectRoles(canvas, rows: "-" + String(repeating: "s", count: 78) + "-", startRow: 4)
    expectRoles(canvas, rows: "-...................................kkkkkkkkkkkkkk", startRow: 5)
  }

  @Test("A narrow pane keeps id and display name (the kind mostly repeats the id's prefix)")
  func narrow() {
    var state = AppState(catalog: SeedCatalog.make())
    state.reveal(recordID: SeedCatalog.runID)
    let canvas = draw(state, width: 36, height: 7)
    expectScreen(
      canvas,
      rows: """
        ┌ lifecycle (5) ───────────────────┐
        │ run-attempt:01kqex…  Attempt 1   │
        │ invocation:01kqex-…  Example in… │
        │ run-attempt:retryi…  Retrying a… │
        │ run:01kqex-example…  Example fe… │
        │ lifecycle-state:ru…  waiting     │
        └──────────────────────────────────┘
        """)
  }

  @Test("In a narrow pane, short ids leave the name its whole width")
  func narrowShortIDs() {
    let record = Record(
      id: "compliance:soc-2", kind: "ComplianceFramework", file: "governance/soc-2.yaml", cluster: "governance",
      attributes: [.init("displayName", .string("SOC 2 Type II audit"))],
      location: SourceLocation(file: "governance/soc-2.yaml", line: 1, column: 1))
    let state = AppState(catalog: Catalog(root: "/r", records: [record], diagnostics: [], fileCount: 1))
    expectScreen(draw(state, width: 42, height: 3), rows: """
      ┌ governance (1) ────────────────────────┐
      │ compliance:soc-2  SOC 2 Type II audit  │
      └────────────────────────────────────────┘
      """)
  }

  @Test("Long clusters scroll to keep the selected record in view")
  func scrolls() {
    var state = AppState(catalog: TestCatalogs.grid(clusters: 1, perCluster: 50), screenSize: Size(width: 80, height: 24))
    _ = state.apply(.focusRight)
    _ = state.apply(.moveToBottom)
    #expect(state.records.selected == 49)
    let frame = state.layout.records
    let canvas = draw(state, width: frame.width, height: frame.height)
    let rows = canvas.textRows
    #expect(rows[frame.height - 2].contains("r:c00-049"))
    #expect(!rows.contains { $0.contains("r:c00-000") })
  }
}
