/// Derives a kind name from an id prefix when a record does not name its kind:
/// `lifecycle-state` → `LifecycleState`, `run-attempt` → `RunAttempt`, `run` → `Run`.
/// Words split at `-`, `_` and `.`; each starts upper-case and keeps the rest as written
/// (`agentVersion` → `AgentVersion`).
public enum KindName {
  public static func fromPrefix<S: StringProtocol>(_ prefix: S) -> String {
    var out = ""
    var startOfWord = true
    for ch in prefix {
      if ch == "-" || ch == "_" || ch == "." {
        startOfWord = true
        continue
      }
      if startOfWord {
        out += ch.uppercased()
        startOfWord = false
      } else {
        out.append(ch)
      }
    }
    return out
  }
}
