/// How far loading a catalog has got, reported by the loader and shown centred on the
/// screen: "Loading /path… 12,345 records in 1,200 of 4,000 files".
public struct LoadingProgress: Hashable, Sendable {
  /// The folder or file being loaded.
  public var path: String
  public var recordsRead: Int
  public var filesRead: Int
  /// nil while the files are still being listed.
  public var filesTotal: Int?

  public init(path: String, recordsRead: Int = 0, filesRead: Int = 0, filesTotal: Int? = nil) {
    self.path = path
    self.recordsRead = recordsRead
    self.filesRead = filesRead
    self.filesTotal = filesTotal
  }

  /// The counts after the path: "12,345 records in 1,200 of 4,000 files".
  public var counts: String {
    let records = "\(recordsRead.grouped) record\(recordsRead == 1 ? "" : "s")"
    guard let total = filesTotal else {
      return filesRead == 0 ? "listing files" : "\(records) in \(filesRead.grouped) files"
    }
    return "\(records) in \(filesRead.grouped) of \(total.grouped) file\(total == 1 ? "" : "s")"
  }

  public var text: String { "Loading \(path)… \(counts)" }

  /// 0...1 when the number of files is known.
  public var fraction: Double? {
    guard let total = filesTotal, total > 0 else { return nil }
    return min(1, Double(filesRead) / Double(total))
  }
}

extension Int {
  /// The number with thousands separated by commas: 12,345.
  public var grouped: String {
    let digits = String(magnitude)
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return self < 0 ? "-" + out : out
  }
}
