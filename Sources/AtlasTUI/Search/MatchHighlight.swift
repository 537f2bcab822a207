/// Marks where a filter query occurs in text shown on screen. Only the start of the text
/// that can show is looked at (a name may be megabytes long), and matching is on folded
/// graphemes, so "É" matches "é" and a match never splits a character.
public enum MatchHighlight {
  /// `text` as spans in `role`, with each occurrence of `folded` in `match`. Looks at the
  /// first `limit` graphemes, plus one so the canvas still knows to draw its ellipsis.
  public static func spans(
    _ text: String, query folded: [UInt8], limit: Int, role: ThemeRole, match: ThemeRole = .searchMatch
  ) -> [Span] {
    let shown = text.prefix(max(0, limit) + 1)
    guard !folded.isEmpty, !shown.isEmpty else { return [Span(String(shown), role)] }
    var bytes: [UInt8] = []
    var owner: [Int] = []  // for each folded byte, the index of its grapheme
    var characters: [Character] = []
    for character in shown {
      let before = bytes.count
      CaseFold.append(character, to: &bytes)
      owner.append(contentsOf: repeatElement(characters.count, count: bytes.count - before))
      characters.append(character)
    }
    var marked = [Bool](repeating: false, count: characters.count)
    bytes.withUnsafeBufferPointer { buffer in
      folded.withUnsafeBufferPointer { needle in
        var from = 0
        while let hit = ByteSearch.find(needle, in: buffer, from: from, before: buffer.count) {
          for k in owner[hit]...owner[hit + needle.count - 1] { marked[k] = true }
          from = hit + needle.count
        }
      }
    }
    var spans: [Span] = []
    var run = ""
    var runMarked = marked.first ?? false
    for (i, character) in characters.enumerated() {
      if marked[i] != runMarked {
        spans.append(Span(run, runMarked ? match : role))
        run = ""
        runMarked = marked[i]
      }
      run.append(character)
    }
    spans.append(Span(run, runMarked ? match : role))
    return spans
  }
}
