/// Reading a canvas back as text, for tests and for debugging dumps: what a person would
/// see, one string per row, and which role each cell has.
extension Canvas {
  /// Each row as drawn (continuation cells add nothing), trailing spaces trimmed.
  public var textRows: [String] {
    (0..<size.height).map { y in
      var row = ""
      for x in 0..<size.width {
        let cell = self[x, y]
        if !cell.isContinuation { row += cell.text }
      }
      while row.last == " " { row.removeLast() }
      return row
    }
  }

  /// The rows joined by newlines, trailing empty rows dropped.
  public var text: String {
    var rows = textRows
    while rows.last == "" { rows.removeLast() }
    return rows.joined(separator: "\n")
  }

  /// One letter per cell naming its role (`legend`, default `RoleLegend.standard`); a
  /// continuation cell repeats its wide cell's letter so columns line up with the screen.
  public func roleRows(legend: [ThemeRole: Character] = RoleLegend.standard) -> [String] {
    (0..<size.height).map { y in
      var row = ""
      for x in 0..<size.width {
        row.append(legend[self[x, y].role] ?? "?")
      }
      return row
    }
  }
}

/// Letters for role grids in tests: mnemonic, one per role.
public enum RoleLegend {
  public static let standard: [ThemeRole: Character] = [
    .normal: ".", .border: "-", .borderFocused: "=", .paneTitle: "T", .paneTitleInactive: "t",
    .selection: "S", .selectionInactive: "s", .clusterCount: "#", .recordKind: "k",
    .headerLabel: "h", .headerValue: "v", .attributeKey: "a", .attributeValue: "w",
    .edgeKind: "e", .edgeOutbound: ">", .edgeInbound: "<", .edgeMissing: "x",
    .jsonKey: "K", .jsonString: "\"", .jsonNumber: "9", .jsonLiteral: "L", .jsonPunctuation: "p",
    .escaped: "E", .status: "_", .statusTrail: "r", .messageInfo: "i", .messageError: "!",
    .searchMatch: "m", .help: "H", .helpKey: "y", .diagnosticError: "X", .diagnosticWarning: "W",
  ]
}
