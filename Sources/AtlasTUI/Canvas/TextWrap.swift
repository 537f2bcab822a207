/// Breaking text into rows of at most a given display width.
public enum TextWrap {
  /// Breaks a row of spans into rows no wider than `width` columns, between graphemes
  /// (long JSON strings have no spaces to break at). Widths are those drawn, escapes
  /// included, so a wrapped row never needs truncating. Always at least one row.
  public static func wrap(_ spans: [Span], width: Int) -> [[Span]] {
    guard width > 0 else { return [spans] }
    var rows: [[Span]] = []
    var row: [Span] = []
    var used = 0
    for span in spans {
      var piece = ""
      for character in span.text {
        let w = SafeText.width(of: character)
        if used + w > width && used > 0 {
          if !piece.isEmpty { row.append(Span(piece, span.role)) }
          rows.append(row)
          row = []
          piece = ""
          used = 0
        }
        piece.append(character)
        used += w
      }
      if !piece.isEmpty { row.append(Span(piece, span.role)) }
    }
    rows.append(row)
    return rows
  }

  /// Breaks plain text into rows at spaces where it can (a word longer than a row is
  /// broken inside), for messages.
  public static func words(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var rows: [String] = []
    var row = ""
    var used = 0
    for word in text.split(separator: " ") {
      let w = SafeText.width(of: String(word))
      if used > 0 && used + 1 + w > width {
        rows.append(row)
        row = ""
        used = 0
      }
      if used > 0 {
        row += " "
        used += 1
      }
      if w > width {
        // A word wider than a row: break it by graphemes.
        for piece in wrap([Span(String(word))], width: width) {
          let text = piece.map(\.text).joined()
          if used > 0 { rows.append(row) }
          row = text
          used = SafeText.width(of: text)
        }
      } else {
        row += word
        used += w
      }
    }
    if !row.isEmpty || rows.isEmpty { rows.append(row) }
    return rows
  }

  /// The end of `text` that fits in `width` columns, led by `…` when the start was cut
  /// (for paths, whose last parts say the most).
  public static func tail(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    guard SafeText.width(of: text, upTo: width) > width else { return text }
    var kept = ""
    var used = 1  // the ellipsis
    for character in text.reversed() {
      let w = SafeText.width(of: character)
      if used + w > width { break }
      kept.insert(character, at: kept.startIndex)
      used += w
    }
    return "…" + kept
  }
}
