/// A one-line message in the status bar, shown until the next key (or until the event
/// loop's message timeout passes).
public struct StatusMessage: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case info, error
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}

/// Progress of a catalog that is still loading. The hook for background loading: while
/// set, the panes say so and the status bar shows `text`. Nothing sets it yet.
public struct LoadingProgress: Hashable, Sendable {
  public var text: String
  /// 0...1 when known.
  public var fraction: Double?

  public init(text: String, fraction: Double? = nil) {
    self.text = text
    self.fraction = fraction
  }
}
