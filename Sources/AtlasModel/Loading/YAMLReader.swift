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
    let parser = try YAMLEventParser(bytes: bytes)
    var builder = YAMLTreeBuilder(limits: limits)
    var documents: [Node] = []
    while true {
      switch try parser.next() {
      case .streamStart:
        continue
      case .streamEnd:
        return documents
      case .documentStart:
        builder.startDocument()
      case .documentEnd:
        if let root = builder.finishDocument() { documents.append(root) }
      case .sequenceStart(let anchor, let at):
        try builder.startSequence(anchor: anchor, at: at)
      case .mappingStart(let anchor, let at):
        try builder.startMapping(anchor: anchor, at: at)
      case .sequenceEnd, .mappingEnd:
        try builder.endCollection()
      case .scalar(let value, let anchor, let at):
        try builder.scalar(value, anchor: anchor, at: at)
      case .alias(let anchor, let at):
        try builder.alias(anchor, at: at)
      }
    }
  }
}
