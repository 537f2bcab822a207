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
