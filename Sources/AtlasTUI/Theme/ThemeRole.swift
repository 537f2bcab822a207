/// What a cell *means*, never what colour it is. Views paint roles; a `Theme` decides
/// how each role looks, so a monochrome terminal and a 256-colour one draw the same
/// screen and snapshot tests can assert "this row is the selection".
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
  case normal
  case border
  /// The frame of the pane that has the keyboard focus.
  case borderFocused = "border.focused"
  case paneTitle = "pane.title"
  case paneTitleInactive = "pane.title.inactive"
  case selection
  case selectionInactive = "selection.inactive"
  case clusterCount = "cluster.count"
  case recordKind = "record.kind"
  case headerLabel = "header.label"
  case headerValue = "header.value"
  case attributeKey = "attribute.key"
  case attributeValue = "attribute.value"
  case edgeKind = "edge.kind"
  case edgeOutbound = "edge.outbound"
  case edgeInbound = "edge.inbound"
  case edgeMissing = "edge.missing"
  case jsonKey = "json.key"
  case jsonString = "json.string"
  case jsonNumber = "json.number"
  case jsonLiteral = "json.literal"
  case jsonPunctuation = "json.punctuation"
  /// Control characters and invalid bytes from data, drawn as visible escapes.
  case escaped
  case status
  case statusTrail = "status.trail"
  case messageInfo = "message.info"
  case messageError = "message.error"
  case searchMatch = "search.match"
  /// An error in the problems list (its severity and message).
  case diagnosticError = "diagnostic.error"
  /// A warning in the problems list.
  case diagnosticWarning = "diagnostic.warning"
  case help
  case helpKey = "help.key"
}
