/// Case-insensitive matching by folding both sides to lower case as bytes: ASCII by
/// arithmetic (ids are almost always ASCII), anything else through `lowercased()`.
/// Folding can change a string's byte length, so folded offsets are never used to index
/// the original text.
public enum CaseFold {
  public static func bytes(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    append(text, to: &out)
    return out
  }

  public static func append(_ text: String, to out: inout [UInt8]) {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in text.utf8 { out.append(byte &+ (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
    } else {
      out.append(contentsOf: text.lowercased().utf8)
    }
  }

  /// The folded bytes of one grapheme.
  static func append(_ character: Character, to out: inout [UInt8]) {
    if let ascii = character.asciiValue, character.unicodeScalars.count == 1 {
      out.append(ascii &+ (ascii >= 0x41 && ascii <= 0x5A ? 0x20 : 0))
    } else {
      out.append(contentsOf: character.lowercased().utf8)
    }
  }
}
