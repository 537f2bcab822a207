import AtlasModel

/// What the right pane shows for the selected record, computed once when the selection
/// changes rather than on every frame and key: its rows and its JSON text by lines.
public struct SelectedRecord: Sendable {
  /// Index of the record in `Catalog.records`.
  public let index: Int
  public let detail: RecordDetail
  /// `RecordPayload.text(of:in:)` split at its newlines (JSON escapes newlines inside
  /// strings, so every line break is structural).
  public let jsonLines: [String]

  init(index: Int, catalog: Catalog) {
    self.index = index
    self.detail = RecordDetail(recordAt: index, in: catalog)
    self.jsonLines = RecordPayload.text(of: index, in: catalog)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
