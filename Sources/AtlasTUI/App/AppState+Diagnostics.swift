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
    if let here = currentEntry { history.leave(here) }
    go(to: index, selectingEdge: 0)
  }
}
