import AtlasModel

/// The browser before its catalog is there: progress on screen, only help and quit
/// working; then the catalog, or the reason there is none.
extension AppState {
  /// Newer progress from the loader.
  public mutating func updateLoading(_ progress: LoadingProgress) {
    guard case .loading = phase else { return }
    phase = .loading(progress)
  }

  /// Starts browsing `catalog`, at the record asked for on the command line if there is
  /// one. `searchIndex` may come from the loader's thread, so `/` need not build it.
  public mutating func finishLoading(_ catalog: Catalog, searchIndex: SearchIndex? = nil) {
    self.catalog = catalog
    self.searchIndex = searchIndex
    phase = .browsing
    clusters = ListPosition()
    records = ListPosition()
    detail = ListPosition()
    refreshSelection()
    if let id = initialRecordID, !reveal(recordID: id) {
      message = StatusMessage("No record \(id) in this catalog", kind: .error)
    }
    initialRecordID = nil
    keepSelectionsVisible()
  }

  /// Loading failed: the screen says why, and `q` quits.
  public mutating func failLoading(_ reason: String) {
    phase = .failed(reason)
  }

  mutating func applyWhileLoading(_ action: Action) {
    switch action {
    case .toggleHelp:
      showsHelp = true
      helpScroll = 0
    case .closeOverlay, .repaint, .quit: break
    default:
      if case .loading = phase { message = StatusMessage("Still loading; q quits") }
    }
  }
}
