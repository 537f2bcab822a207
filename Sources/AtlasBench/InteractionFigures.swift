import AtlasModel
import AtlasTUI

/// What a keystroke costs on a loaded catalog, measured in-process through the same path
/// the browser takes (key → action → reducer → render onto a canvas), without a terminal.
/// Terminal output is measured separately (`TrafficFigures`).
public struct InteractionFigures: Sendable {
  public struct Timing: Sendable {
    public var medianMs: Double
    public var p99Ms: Double
    public var samples: Int
  }

  public var move: Timing?
  public var followEdge: Timing?
  public var back: Timing?
  public var jsonToggle: Timing?
  public var jsonToggleRecordBytes = 0
  public var filter: Timing?

  public init() {}

  public static func measure(_ catalog: Catalog, size: Size = Size(width: 120, height: 40)) -> InteractionFigures {
    var figures = InteractionFigures()
    guard let cluster = catalog.clusters.max(by: { $0.count < $1.count }) else { return figures }
    var state = AppState(catalog: catalog, screenSize: size)
    let clusterIndex = catalog.clusters.firstIndex(of: cluster) ?? 0
    for _ in 0..<clusterIndex { keystroke(&state, .down) }
    keystroke(&state, .right)  // into the records of the largest cluster
    figures.move = time(samples: min(2000, cluster.count - 1)) { keystroke(&state, .down) }

    // Follow an edge from records that have one whose target exists, then come back.
    var follow: [Double] = []
    var back: [Double] = []
    for index in cluster.recordIndices.prefix(500) {
      let record = catalog.records[index]
      guard record.outgoing.contains(where: { catalog.contains(id: $0.to) }) else { continue }
      _ = state.reveal(recordID: record.id)
      keystroke(&state, .right)  // focus the record pane; its first edge is selected
      while let link = state.selected?.detail.link(at: state.detail.selected), !catalog.contains(id: link.otherEnd),
        state.detail.selected + 1 < (state.selected?.detail.edgeCount ?? 0)
      {
        keystroke(&state, .down)
      }
      follow.append(Stopwatch.seconds { keystroke(&state, .enter) })
      back.append(Stopwatch.seconds { keystroke(&state, .backspace) })
    }
    figures.followEdge = timing(follow)
    figures.back = timing(back)

    // The JSON view of the record with the largest payload.
    let sizes = catalog.records.indices.map { RecordPayload.text(of: $0, in: catalog).utf8.count }
    if let largest = sizes.indices.max(by: { sizes[$0] < sizes[$1] }) {
      figures.jsonToggleRecordBytes = sizes[largest]
      _ = state.reveal(recordID: catalog.records[largest].id)
      figures.jsonToggle = time(samples: 50) { keystroke(&state, .character("J")) }
    }
    figures.filter = measureFilter(&state)
    return figures
  }

  /// Types queries into the find prompt key by key (the search index is built first,
  /// as the browser builds it while loading), then Backspace and Esc.
  static func measureFilter(_ state: inout AppState) -> Timing? {
    state.prepareSearch()
    var times: [Double] = []
    for query in ["syn-2f", "record 77", "alert:syn-1", "zzz-no-match", "東京"] {
      keystroke(&state, .character("/"))
      for character in query {
        times.append(Stopwatch.seconds { keystroke(&state, .character(character)) })
      }
      times.append(Stopwatch.seconds { keystroke(&state, .backspace) })
      keystroke(&state, .escape)
    }
    return timing(times)
  }

  /// One key through the browser's own path: key map, reducer, then a full render.
  static func keystroke(_ state: inout AppState, _ key: KeyEvent) {
    if let action = Keymap.standard.action(for: key, in: state) {
      _ = state.apply(action)
    }
    _ = Screen.render(state)
  }

  static func time(samples: Int, _ work: () -> Void) -> Timing? {
    guard samples > 0 else { return nil }
    var times: [Double] = []
    times.reserveCapacity(samples)
    for _ in 0..<samples { times.append(Stopwatch.seconds(work)) }
    return timing(times)
  }

  static func timing(_ seconds: [Double]) -> Timing? {
    guard !seconds.isEmpty else { return nil }
    return Timing(
      medianMs: Percentile.of(seconds, 50) * 1000, p99Ms: Percentile.of(seconds, 99) * 1000, samples: seconds.count)
  }
}
