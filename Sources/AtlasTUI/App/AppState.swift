import AtlasModel

/// Everything the browser shows, as a value: the views draw it and the reducer
/// (`apply(_:)`) changes it. Nothing in here touches the terminal, the clock or the
/// environment, so every behaviour is testable by building a state and applying actions.
public struct AppState: Sendable {
  /// The catalog browsed; an empty stand-in (with the path being loaded as its root)
  /// until `finishLoading(_:)` brings the real one.
  public internal(set) var catalog: Catalog
  /// Loading, failed to load, or browsing.
  public internal(set) var phase: Phase = .browsing
  /// The screen size the layout is computed for (set by the event loop on start and on
  /// every resize); the reducer needs it to page and to keep selections in view.
  public internal(set) var screenSize: Size
  public internal(set) var focus: Pane = .clusters
  /// Rows of `catalog.clusters`.
  public internal(set) var clusters = ListPosition()
  /// Rows of the selected cluster's records.
  public internal(set) var records = ListPosition()
  /// The selected edge (n-th edge row of the record pane) and the pane's first visible row.
  public internal(set) var detail = ListPosition()
  public internal(set) var showsRawJSON = false
  /// The row (of `json.layout`) at the top of the JSON view.
  public internal(set) var jsonScroll = 0
  /// The selected record's JSON, laid out for the JSON view; nil until the view first
  /// opens on this record.
  public internal(set) var json: RecordJSON?
  public internal(set) var showsHelp = false
  public internal(set) var helpScroll = 0
  public internal(set) var history = History()
  /// The problems list (`!`): open or not, its highlighted row and scroll.
  public internal(set) var showsDiagnostics = false
  public internal(set) var diagnosticsList = ListPosition()
  /// The filter prompt (`/`) while it is open.
  public internal(set) var filter: FilterSession?
  /// The catalog's search index, made on the first `/` (or handed over by the loader).
  public internal(set) var searchIndex: SearchIndex?
  /// Shown in the status bar until the next key.
  public var message: StatusMessage?
  /// A record to show once the catalog has loaded (named on the command line).
  public internal(set) var initialRecordID: String?
  /// The record the right pane shows, kept in step with the list selections.
  public private(set) var selected: SelectedRecord?

  public init(catalog: Catalog, screenSize: Size = Size(width: 80, height: 24)) {
    self.catalog = catalog
    self.screenSize = screenSize
    refreshSelection()
  }

  /// A browser whose catalog is still loading: it shows `progress` until
  /// `finishLoading(_:)` or `failLoading(_:)`, and then `initialRecordID`, if given.
  public init(loading progress: LoadingProgress, screenSize: Size = Size(width: 80, height: 24), initialRecordID: String? = nil) {
    self.catalog = Catalog(root: progress.path, records: [], diagnostics: [], fileCount: 0)
    self.screenSize = screenSize
    self.phase = .loading(progress)
    self.initialRecordID = initialRecordID
  }

  /// The progress while loading, nil otherwise.
  public var loading: LoadingProgress? {
    if case .loading(let progress) = phase { return progress }
    return nil
  }

  /// Which set of keys applies now.
  public var inputMode: InputMode {
    if showsHelp { return .help }
    guard phase == .browsing else { return .loading }
    if showsDiagnostics { return .diagnostics }
    if filter != nil { return .filtering }
    return .browsing
  }

  public var selectedCluster: Cluster? {
    catalog.clusters.indices.contains(clusters.selected) ? catalog.clusters[clusters.selected] : nil
  }

  /// The index in `catalog.records` of the record selected in the records pane.
  public var selectedRecordIndex: Int? {
    guard let cluster = selectedCluster, cluster.recordIndices.indices.contains(records.selected) else {
      return nil
    }
    return cluster.recordIndices[records.selected]
  }

  public var selectedRecord: Record? { selectedRecordIndex.map { catalog.records[$0] } }

  /// Recomputes `selected` after the cluster or record selection changed.
  mutating func refreshSelection() {
    guard let index = selectedRecordIndex else {
      selected = nil
      return
    }
    if selected?.index != index { selected = SelectedRecord(index: index, catalog: catalog) }
  }

  /// Adopts a new screen size and keeps every selection in view at that size.
  public mutating func resize(to size: Size) {
    screenSize = size
    keepSelectionsVisible()
  }

  /// Selects the record with `id` (its cluster and row) without touching the history,
  /// e.g. for a record named on the command line. False when there is no such record.
  @discardableResult
  public mutating func reveal(recordID id: String) -> Bool {
    guard let index = catalog.index(of: id), let place = locate(recordIndex: index) else { return false }
    clusters.selected = place.cluster
    records.selected = place.row
    detail = ListPosition()
    jsonScroll = 0
    refreshSelection()
    keepSelectionsVisible()
    return true
  }

  /// The cluster and row of a record. Cluster record lists are in catalog order, so the
  /// row is found by binary search.
  func locate(recordIndex: Int) -> (cluster: Int, row: Int)? {
    guard catalog.records.indices.contains(recordIndex) else { return nil }
    let record = catalog.records[recordIndex]
    guard let c = catalog.clusters.firstIndex(where: { $0.name == record.cluster }) else { return nil }
    let list = catalog.clusters[c].recordIndices
    var low = 0
    var high = list.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if list[mid] == recordIndex { return (c, mid) }
      if list[mid] < recordIndex { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }
}

extension AppState: Equatable {
  /// Equal when showing the same thing; the catalog by identity, the selected record by
  /// index (its contents follow from the catalog).
  public static func == (a: AppState, b: AppState) -> Bool {
    a.catalog === b.catalog && a.screenSize == b.screenSize && a.focus == b.focus
      && a.clusters == b.clusters && a.records == b.records && a.detail == b.detail
      && a.showsRawJSON == b.showsRawJSON && a.jsonScroll == b.jsonScroll
      && a.json?.recordIndex == b.json?.recordIndex && a.json?.layout.width == b.json?.layout.width
      && a.showsHelp == b.showsHelp && a.helpScroll == b.helpScroll && a.history == b.history
      && a.message == b.message && a.phase == b.phase && a.selected?.index == b.selected?.index
      && a.showsDiagnostics == b.showsDiagnostics && a.diagnosticsList == b.diagnosticsList
      && a.filter?.query == b.filter?.query && a.filter?.list == b.filter?.list
      && a.filter?.matchCount == b.filter?.matchCount
  }
}
