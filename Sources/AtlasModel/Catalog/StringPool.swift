/// Shares one copy of strings that repeat across a catalog (kind names, edge kinds).
/// Strings of up to 15 UTF-8 bytes are stored inline by Swift and cost nothing to
/// repeat, so only longer ones go through the pool.
struct StringPool {
  private var pool: [String: String] = [:]

  mutating func shared(_ s: String) -> String {
    guard s.utf8.count > 15 else { return s }
    if let existing = pool[s] { return existing }
    pool[s] = s
    return s
  }
}
