import Foundation

/// Reads this process's memory figures from /proc/self/status (Linux).
public enum ProcessMemory {
  /// Peak resident set size (VmHWM) in bytes, or nil where /proc is not available.
  public static var peakResidentBytes: Int? { field("VmHWM:") }
  /// Current resident set size (VmRSS) in bytes.
  public static var residentBytes: Int? { field("VmRSS:") }

  static func field(_ name: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
      let number = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" })
        .first.flatMap { Int($0) }
      return number.map { $0 * 1024 }  // the kernel reports kB
    }
    return nil
  }
}
