extension AppState {
  /// Whether there is a catalog to browse yet.
  public enum Phase: Hashable, Sendable {
    case loading(LoadingProgress)
    /// Loading failed: the message is shown and `q` quits.
    case failed(String)
    case browsing
  }
}
