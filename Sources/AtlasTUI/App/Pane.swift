/// The three panes, in focus order from left to right: the clusters, the records of the
/// selected cluster, and the selected record itself (its header, attributes and edges, or
/// its raw JSON).
public enum Pane: Int, CaseIterable, Hashable, Sendable {
  case clusters
  case records
  case detail

  /// The next pane to the right, or nil at the right edge.
  var right: Pane? { Pane(rawValue: rawValue + 1) }
  /// The next pane to the left, or nil at the left edge.
  var left: Pane? { Pane(rawValue: rawValue - 1) }
}
