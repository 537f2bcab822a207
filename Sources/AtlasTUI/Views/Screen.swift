/// The whole screen for a state: the three panes (or the loading progress), the status
/// line, and the problems list and help on top. A pure function: the same state always
/// draws the same canvas.
public enum Screen {
  public static func render(_ state: AppState) -> Canvas {
    var canvas = Canvas(size: state.screenSize)
    let layout = state.layout
    guard !layout.tooSmall else {
      TooSmallView.draw(on: &canvas)
      return canvas
    }
    if state.phase == .browsing {
      ClusterPane.draw(state, in: layout.clusters, on: &canvas)
      RecordListPane.draw(state, in: layout.records, on: &canvas)
      RecordPane.draw(state, in: layout.detail, on: &canvas)
      if let session = state.filter {
        // Over the records and (part of) the record pane; in the stacked layout the
        // previewed record's header stays in sight above it.
        FilterListPane.draw(state, session: session, in: layout.filterList, on: &canvas)
      }
    } else {
      let above = Rect(x: 0, y: 0, width: layout.size.width, height: layout.status.y)
      LoadingView.draw(state, in: above, on: &canvas)
    }
    StatusBar.draw(state, in: layout.status, on: &canvas)
    if state.showsDiagnostics { DiagnosticsOverlay.draw(state, on: &canvas) }
    if state.showsHelp { HelpOverlay.draw(state, on: &canvas) }
    return canvas
  }
}
