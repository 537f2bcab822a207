/// Where each pane goes at a given screen size. The reducer uses it too (to page and to
/// keep selections visible), so key handling and drawing always agree on pane heights.
///
/// - 100 columns and wider: three columns side by side, clusters | records | record.
/// - Narrower: clusters stacked above records in a left column, the record on the right,
///   so the record pane stays wide enough for edge targets at 80 columns.
/// - The bottom row is the status line.
/// - Below 40x10 nothing fits usefully: `tooSmall`, and the screen says so.
public struct ScreenLayout: Hashable, Sendable {
  public static let minimum = Size(width: 40, height: 10)
  public static let sideBySideWidth = 100

  public let size: Size
  public let tooSmall: Bool
  public let sideBySide: Bool
  public let clusters: Rect
  public let records: Rect
  public let detail: Rect
  public let status: Rect

  public init(size: Size, clusterCount: Int) {
    self.size = size
    let zero = Rect(x: 0, y: 0, width: 0, height: 0)
    tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
    sideBySide = size.width >= Self.sideBySideWidth
    guard !tooSmall else {
      (clusters, records, detail, status) = (zero, zero, zero, zero)
      return
    }
    let mainHeight = size.height - 1
    status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    if sideBySide {
      let clustersWidth = Self.clamp(size.width / 6, 16, 28)
      let recordsWidth = Self.clamp(size.width * 2 / 5, 28, 72)
      clusters = Rect(x: 0, y: 0, width: clustersWidth, height: mainHeight)
      records = Rect(x: clustersWidth, y: 0, width: recordsWidth, height: mainHeight)
      let detailX = clustersWidth + recordsWidth
      detail = Rect(x: detailX, y: 0, width: size.width - detailX, height: mainHeight)
    } else {
      let leftWidth = Self.clamp(size.width * 9 / 20, 20, 40)
      let clustersHeight = min(clusterCount + 2, max(3, mainHeight * 2 / 5))
      clusters = Rect(x: 0, y: 0, width: leftWidth, height: clustersHeight)
      records = Rect(x: 0, y: clustersHeight, width: leftWidth, height: mainHeight - clustersHeight)
      detail = Rect(x: leftWidth, y: 0, width: size.width - leftWidth, height: mainHeight)
    }
  }

  public func frame(of pane: Pane) -> Rect {
    switch pane {
    case .clusters: return clusters
    case .records: return records
    case .detail: return detail
    }
  }

  /// The inside of a pane's frame.
  public func content(of pane: Pane) -> Rect {
    let f = frame(of: pane)
    return Rect(x: f.x + 1, y: f.y + 1, width: f.width - 2, height: f.height - 2)
  }

  /// Where the filter's matches go: the records pane widened to the right edge, over the
  /// record pane, because a match may be by display name and names need the room.
  public var filterList: Rect {
    Rect(x: records.x, y: records.y, width: size.width - records.x, height: records.height)
  }

  /// Where the help overlay goes: centred over the panes, as large as needed for `rows`
  /// lines of help and `columns` of text, within the screen.
  public func helpFrame(rows: Int, columns: Int) -> Rect {
    let width = min(size.width - 2, columns + 4)
    let height = min(size.height - 1, rows + 2)
    return Rect(x: (size.width - width) / 2, y: max(0, (size.height - 1 - height) / 2), width: width, height: height)
  }

  private static func clamp(_ v: Int, _ low: Int, _ high: Int) -> Int { max(low, min(high, v)) }
}
