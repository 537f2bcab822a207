/// What one catalog file contributed: its records in file order, and what was wrong.
struct FileRecords: Sendable {
  var records: [Record] = []
  var diagnostics: [Diagnostic] = []
}
