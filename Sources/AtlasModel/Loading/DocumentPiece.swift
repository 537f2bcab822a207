/// What a streaming reader hands out: a whole document, or one item of a document whose
/// root is a list (the usual shape of a file holding many records).
public enum DocumentPiece: Sendable {
  case document(Node)
  case item(Node)
}
