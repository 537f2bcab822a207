import AtlasModel

/// What the record pane shows for the selected record, computed once when the selection
/// changes rather than on every frame and key. Its JSON text is not made here: only the
/// JSON view needs it (`AppState.json`), and it costs as much as the record is large.
public struct SelectedRecord: Sendable {
  /// Index of the record in `Catalog.records`.
  public let index: Int
  public let detail: RecordDetail

  init(index: Int, catalog: Catalog) {
    self.index = index
    self.detail = RecordDetail(recordAt: index, in: catalog)
  }
}
