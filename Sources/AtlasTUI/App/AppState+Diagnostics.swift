import AtlasModel

/// The problems list (`!`): the catalog's diagnostics, scrollable; Enter on one that
/// concerns a record goes to it (a history step). Like the help, any key it has no use
/// for closes it and does nothing more.
extension AppState {
  /// Rows of diagnostics the overlay shows at this screen size.
  var visibleDiagnosticRows: Int { max(1, DiagnosticsOverlay.listArea(in: layout).height) }

  mutating func openDiagnostics() {
    guard !catalog.diagnostics.isEmpty else {
      message = StatusMessage("No problems found in this catalog")
      return
    }
    showsDiagnostics = true
  }

  mutating func applyInDiagnostics(_ action: Action) {
    let count = catalog.diagnostics.count
    let page = max(1, visibleDiagnosticRows - 1)
    switch action {
    case .moveUp: diagnosticsList.move(by: -1, count: count, height: visibleDiagnosticRows)
    case .moveDown: diagnosticsList.move(by: 1, count: count, height: visibleDiagnosticRows)
    case .pageUp: diagnosticsList.move(by: -page, count: count, height: visibleDiagnosticRows)
    case .pageDown: diagnosticsList.move(by: page, count: count, height: visibleDiagnosticRows)
    case .moveToTop: diagnosticsList.select(0, count: count, height: visibleDiagnosticRows)
    case .moveToBottom: diagnosticsList.select(count - 1, count: count, height: visibleDiagnosticRows)
    case .open: openSelectedDiagnostic()
    default: showsDiagnostics = false
    }
  }

  private mutating func openSelectedDiagnostic() {
    let diagnostics = catalog.diagnostics
    guard diagnostics.indices.contains(diagnosticsList.selected) else { return }
    let diagnostic = diagnostics[diagnosticsList.selected]
    guard let id = diagnostic.recordID else {
      message = StatusMessage("This problem is about the file, not one record")
      return
    }
    guard let index = catalog.index(of: id) else {
      message = StatusMessage("\(id) is not in the catalog", kind: .error)
      return
    }
    showsDiagnostics = false
    let edge = Self.edgeRow(of: diagnostic, in: RecordDetail(recordAt: index, in: catalog)) ?? 0
    // Already there: select the edge, but a step back to the same record is no step.
    if let here = currentEntry, selectedRecordIndex != index { history.leave(here) }
    go(to: index, selectingEdge: edge)
  }

  /// The edge row a problem is about: the outgoing edge declared where the problem
  /// points (a dangling edge, a malformed neighbour), if any.
  static func edgeRow(of diagnostic: Diagnostic, in detail: RecordDetail) -> Int? {
    (0..<detail.edgeCount).first { n in
      guard let link = detail.link(at: n), link.direction == .outgoing, let at = link.edge.position else {
        return false
      }
      return Int(at.line) == diagnostic.location.line && Int(at.column) == diagnostic.location.column
    }
  }
}
