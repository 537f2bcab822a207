/// Builds `Node` trees from YAML events with an explicit stack, so nesting depth costs
/// heap, not call stack: a hostile `[[[[…` is refused at `limits.maxDepth` however long
/// it is, and nothing here recurses.
///
/// It also keeps the node budget for aliases: each alias counts the whole subtree it
/// stands for, so an alias bomb is refused as soon as the expansions exceed
/// `limits.maxNodes`. Nodes written out in the text are not budgeted: the file's size
/// already bounds them, and a legitimately huge catalog file must still load.
struct YAMLTreeBuilder {
  private enum Kind { case sequence, mapping }

  /// A collection still being read.
  private struct Frame {
    var kind: Kind
    var anchor: String?
    var at: YAMLEvent.Mark
    var items: [Node] = []
    var pairs: [Node.Pair] = []
    var pendingKey: Node?
    /// The budget count when this collection started; the difference at the end is the
    /// collection's expanded size.
    var countAtStart: Int
    /// The tallest child so far (0 when all children are scalars).
    var childHeight = 0
  }

  private let limits: ReaderLimits
  private var stack: [Frame] = []
  private var anchors = YAMLAnchorTable()
  /// Nodes built so far in the whole stream, alias expansions included (used to size
  /// anchored subtrees).
  private var nodeCount = 0
  /// Nodes that alias expansions stand for, in the whole stream: the budgeted amount.
  private var expandedCount = 0
  private var root: Node?
  /// When true, the items of a document's top-level sequence are handed out one by one
  /// (`takeItems`) as soon as each is complete, instead of being kept in the tree: a
  /// file holding a list of a million records then never holds them all as nodes.
  private let streamsTopLevelItems: Bool
  private var finishedItems: [Node] = []
  /// True when the current document's root is a sequence whose items were handed out.
  private(set) var rootWasStreamed = false

  init(limits: ReaderLimits, streamsTopLevelItems: Bool = false) {
    self.limits = limits
    self.streamsTopLevelItems = streamsTopLevelItems
  }

  /// The top-level sequence items completed since the last call.
  mutating func takeItems() -> [Node] {
    guard !finishedItems.isEmpty else { return [] }
    defer { finishedItems.removeAll(keepingCapacity: true) }
    return finishedItems
  }

  mutating func startDocument() {
    anchors.removeAll()
    stack.removeAll(keepingCapacity: true)
    root = nil
    rootWasStreamed = false
  }

  /// The finished document. An empty document has a null root (libyaml reports one
  /// empty plain scalar), so this is nil only if events were out of order.
  mutating func finishDocument() -> Node? {
    defer { root = nil }
    return root
  }

  mutating func scalar(_ value: Value, anchor: String?, at: YAMLEvent.Mark) throws(ReadError) {
    nodeCount += 1
    let node = Node(.scalar(value), line: at.line, column: at.column)
    if let anchor {
      anchors.define(anchor, .init(node: node, size: 1, height: 0))
    }
    attach(node, height: 0)
  }

  /// An alias stands for a copy of its anchored node. The copy's root is placed where
  /// the alias is written (that is where the value is used); the nodes inside keep the
  /// positions where their text is.
  mutating func alias(_ name: String, at: YAMLEvent.Mark) throws(ReadError) {
    if anchors.isOpen(name) {
      throw ReadError(
        line: at.line, column: at.column,
        message: "alias *\(name) refers to a collection that contains it")
    }
    guard let entry = anchors[name] else {
      throw ReadError(
        line: at.line, column: at.column, message: "unknown anchor '\(name)' in alias")
    }
    try checkDepth(adding: entry.height, at: at)
    try spend(entry.size, at: at, alias: name)
    var node = entry.node
    node.line = at.line
    node.column = at.column
    attach(node, height: entry.height)
  }

  mutating func startSequence(anchor: String?, at: YAMLEvent.Mark) throws(ReadError) {
    try start(.sequence, anchor: anchor, at: at)
  }

  mutating func startMapping(anchor: String?, at: YAMLEvent.Mark) throws(ReadError) {
    try start(.mapping, anchor: anchor, at: at)
  }

  /// Closes the innermost collection (sequence or mapping: libyaml has already checked
  /// that ends match starts).
  mutating func endCollection() throws(ReadError) {
    guard let frame = stack.popLast() else {
      throw ReadError(line: 1, column: 1, message: "collection end without a start")
    }
    let content: Node.Content =
      frame.kind == .sequence ? .sequence(frame.items) : .mapping(frame.pairs)
    let node = Node(content, line: frame.at.line, column: frame.at.column)
    let height = frame.childHeight + 1
    if let anchor = frame.anchor {
      anchors.closed(anchor)
      anchors.define(
        anchor, .init(node: node, size: nodeCount - frame.countAtStart, height: height))
    }
    attach(node, height: height)
  }

  // MARK: - Pieces

  private mutating func start(_ kind: Kind, anchor: String?, at: YAMLEvent.Mark) throws(ReadError) {
    try checkDepth(adding: 1, at: at)
    let countAtStart = nodeCount
    nodeCount += 1
    if let anchor { anchors.opened(anchor) }
    stack.append(Frame(kind: kind, anchor: anchor, at: at, countAtStart: countAtStart))
  }

  /// Refuses anything that would nest more than `maxDepth` collections, counting the
  /// collections already open around this point.
  private func checkDepth(adding height: Int, at: YAMLEvent.Mark) throws(ReadError) {
    guard stack.count + height > limits.maxDepth else { return }
    throw ReadError(
      line: at.line, column: at.column,
      message: "nesting deeper than \(limits.maxDepth) levels")
  }

  private mutating func spend(_ nodes: Int, at: YAMLEvent.Mark, alias: String) throws(ReadError) {
    let (total, overflow) = expandedCount.addingReportingOverflow(nodes)
    guard overflow || total > limits.maxNodes else {
      expandedCount = total
      nodeCount += nodes
      return
    }
    throw ReadError(
      line: at.line, column: at.column,
      message: "alias expansion exceeds \(limits.maxNodes) nodes (alias *\(alias))")
  }

  private mutating func attach(_ node: Node, height: Int) {
    guard !stack.isEmpty else {
      root = node
      return
    }
    let top = stack.count - 1
    stack[top].childHeight = max(stack[top].childHeight, height)
    switch stack[top].kind {
    case .sequence where top == 0 && streamsTopLevelItems:
      finishedItems.append(node)
      rootWasStreamed = true
    case .sequence:
      stack[top].items.append(node)
    case .mapping:
      if let key = stack[top].pendingKey {
        stack[top].pairs.append(Node.Pair(key: key, value: node))
        stack[top].pendingKey = nil
      } else {
        stack[top].pendingKey = node
      }
    }
  }
}
