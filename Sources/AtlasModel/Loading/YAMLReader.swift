/// Reads a YAML stream with libyaml into `Node`s, one per document.
///
/// Plain scalars are typed by the YAML 1.2 core schema (`YAMLScalarResolver`), aliases
/// are expanded under a node budget and nesting is bounded (`YAMLTreeBuilder`), and
/// every failure is a `ReadError` with a 1-based position, never a trap.
public enum YAMLReader {
  /// The documents of `bytes`. Empty input, or input with only comments, has none.
  public static func documents(
    in bytes: [UInt8], limits: ReaderLimits = .standard
  ) throws(ReadError) -> [Node] {
    var documents: [Node] = []
    try read(in: bytes, limits: limits, streamingTopLevelItems: false) { piece in
      if case .document(let node) = piece { documents.append(node) }
    }
    return documents
  }

  /// Reads `bytes`, handing each piece to `emit` as soon as it is complete. With
  /// `streamingTopLevelItems`, a document whose root is a sequence arrives as its items
  /// (`.item`), one at a time, and never as a whole: memory stays bounded by the largest
  /// item, not the file.
  public static func read(
    in bytes: [UInt8], limits: ReaderLimits = .standard, streamingTopLevelItems: Bool,
    _ emit: (DocumentPiece) -> Void
  ) throws(ReadError) {
    try YAMLEventParser.withParser(over: bytes) { (parser) throws(ReadError) in
      var builder = YAMLTreeBuilder(limits: limits, streamsTopLevelItems: streamingTopLevelItems)
      while true {
        switch try parser.next() {
        case .streamStart:
          continue
        case .streamEnd:
          return
        case .documentStart:
          builder.startDocument()
        case .documentEnd:
          let root = builder.finishDocument()
          if let root, !builder.rootWasStreamed { emit(.document(root)) }
        case .sequenceStart(let anchor, let at):
          try builder.startSequence(anchor: anchor, at: at)
        case .mappingStart(let anchor, let at):
          try builder.startMapping(anchor: anchor, at: at)
        case .sequenceEnd, .mappingEnd:
          try builder.endCollection()
          for item in builder.takeItems() { emit(.item(item)) }
        case .scalar(let value, let anchor, let at):
          try builder.scalar(value, anchor: anchor, at: at)
          for item in builder.takeItems() { emit(.item(item)) }
        case .alias(let anchor, let at):
          try builder.alias(anchor, at: at)
          for item in builder.takeItems() { emit(.item(item)) }
        }
      }
    }
  }
}
