/// Which keys mean what right now. The help takes every key while open; before the
/// catalog has loaded only a few keys do anything; the problems list and the filter
/// prompt each read keys their own way.
public enum InputMode: Hashable, Sendable {
  case browsing
  case help
  case loading
  case diagnostics
  /// The filter prompt: characters are typed into the query (`Action.filterTable`).
  case filtering
}
