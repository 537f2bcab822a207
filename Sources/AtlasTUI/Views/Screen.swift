/// The whole screen for a state: the three panes, the status line, and the help on top.
/// A pure function: the same state always draws the same canvas.
public enum Screen {
  public static func render(_ state: AppState) -> Canvas {
    var canvas = Canvas(size: state.screenSize)
    let layout = state.layout
    guard !layout.tooSmall else {
      TooSmallView.draw(on: &canvas)
      return canvas
    }
    ClusterPane.draw(state, in: layout.clusters, on: &canvas)
    RecordListPane.draw(state, in: layout.records, on: &canvas)
    RecordPane.draw(state, in: layout.detail, on: &canvas)
    StatusBar.draw(state, in: layout.status, on: &canvas)
    if state.showsHelp { HelpOverlay.draw(state, on: &canvas) }
    return canvas
  }
}
