import Testing
import TestSupport

@testable import AtlasTUI

struct ClusterPaneTests {
  private func draw(_ state: AppState, width: Int, height: Int) -> Canvas {
    var canvas = Canvas(size: Size(width: width, height: height))
    ClusterPane.draw(state, in: canvas.bounds, on: &canvas)
    return canvas
  }

  @Test("Clusters list their names with right-aligned record counts")
  func snapshot() {
    let canvas = draw(AppState(catalog: SeedCatalog.make()), width: 24, height: 5)
    expectScreen(
      canvas,
      rows: """
        ┌ Clusters (2) ────────┐
        │ lifecycle          5 │
        │ tenancy            1 │
        │                      │
        └──────────────────────┘
        """)
    // Focused pane: focused frame and title, the selected row in the selection role;
    // other counts in the count role.
    expectRoles(
      canvas,
      rows: """
        =TTTTTTTTTTTTTT=========
        =SSSSSSSSSSSSSSSSSSSSSS=
        =....................#.=
        """)
  }

  @Test("Without focus the selection is drawn inactive and the frame plain")
  func unfocused() {
    var state = AppState(catalog: SeedCatalog.make())
    _ = state.apply(.focusRight)
    let canvas = draw(state, width: 24, height: 4)
    expectRoles(canvas, rows: "-tttttttttttttt---------\n-ssssssssssssssssssssss-")
  }

  @Test("Long cluster names are truncated before the count, which stays whole")
  func longNames() {
    let canvas = draw(AppState(catalog: TestCatalogs.grid(clusters: 1, perCluster: 120)), width: 12, height: 3)
    expectScreen(canvas, rows: "┌ Clusters…┐\n│ c00  120 │\n└──────────┘")
  }

  @Test("The list scrolls to keep the selected cluster visible")
  func scrolls() {
    var state = AppState(catalog: TestCatalogs.grid(clusters: 12, perCluster: 1), screenSize: Size(width: 120, height: 12))
    for _ in 0..<9 { _ = state.apply(.moveDown) }
    // At 120x12 the clusters pane is 11 rows tall: 9 visible rows, c09 selected at the bottom.
    let canvas = draw(state, width: 20, height: 11)
    #expect(canvas.textRows[1] == "│ c01            1 │")
    #expect(canvas.textRows[9] == "│ c09            1 │")
    #expect(canvas.roleRows()[9].contains("SSSS"))
  }

  @Test("An empty catalog says so instead of listing nothing")
  func empty() {
    let catalog = TestCatalogs.grid(clusters: 0, perCluster: 0)
    let canvas = draw(AppState(catalog: catalog), width: 20, height: 3)
    expectScreen(canvas, rows: "┌ Clusters (0) ────┐\n│ No records       │\n└──────────────────┘")
  }
}
