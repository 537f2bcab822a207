import Foundation

/// Every file and folder under a path with its content hash, size, mode and modification
/// time: equal fingerprints before and after prove nothing was written, locked away,
/// created or removed.
public struct FolderFingerprint: Equatable, CustomStringConvertible {
  public private(set) var entries: [String: String] = [:]

  public init(_ root: URL) throws {
    let fm = FileManager.default
    guard let walker = fm.enumerator(atPath: root.path) else { return }
    entries["."] = try Self.describe(root.path)
    for case let relative as String in walker {
      entries[relative] = try Self.describe(root.appendingPathComponent(relative).path)
    }
  }

  static func describe(_ path: String) throws -> String {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
    let mode = (attributes[.posixPermissions] as? Int) ?? -1
    var text = "mtime=\(modified) mode=\(mode)"
    if (attributes[.type] as? FileAttributeType) == .typeRegular {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      text += " size=\(data.count) fnv1a64=\(String(fnv1a64(data), radix: 16))"
    }
    return text
  }

  /// FNV-1a: enough to tell changed content from unchanged (nothing adversarial here),
  /// and available without an outside crypto package.
  static func fnv1a64(_ data: Data) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return hash
  }

  public var description: String {
    entries.keys.sorted().map { "\($0): \(entries[$0] ?? "")" }.joined(separator: "\n")
  }
}
