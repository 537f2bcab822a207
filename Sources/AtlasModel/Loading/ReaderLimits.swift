/// Bounds that keep hostile input from exhausting the machine: an alias bomb is refused
/// once its aliases would stand for more than `maxNodes` nodes, and nesting deeper than
/// `maxDepth` is refused before any recursion could overflow the stack.
public struct ReaderLimits: Hashable, Sendable {
  public var maxDepth: Int
  public var maxNodes: Int

  public init(maxDepth: Int = 256, maxNodes: Int = 5_000_000) {
    self.maxDepth = maxDepth
    self.maxNodes = maxNodes
  }

  public static let standard = ReaderLimits()
}
