import AtlasModel

/// Every record's id and display name, case-folded into one contiguous byte buffer
/// (`id \0 name \n` per record, in catalog order) with the offsets of each part, so a
/// filter keystroke is a byte scan over one buffer rather than a walk over 100k strings.
/// Built once per catalog (a few tens of milliseconds for 100k records in a release
/// build); immutable, so it is shared freely.
public final class SearchIndex: Sendable {
  /// How well a record matches: its id starts with the query, its id contains it, or
  /// only its display name does. Lower is better.
  public enum Rank: UInt8, Sendable, Comparable {
    case idPrefix, id, name

    public static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
  }

  /// A matching record (index into `Catalog.records`) and how it matched.
  public struct Match: Hashable, Sendable {
    public var record: Int32
    public var rank: Rank
  }

  public let recordCount: Int
  private let bytes: [UInt8]
  /// Where record `i`'s folded id starts; one more entry holds the buffer's length.
  private let recordStart: [Int]
  /// Where record `i`'s folded name starts (just after the id's `\0`).
  private let nameStart: [Int]

  public init(catalog: Catalog) {
    let records = catalog.records
    var bytes: [UInt8] = []
    bytes.reserveCapacity(records.count * 48)
    var recordStart: [Int] = []
    var nameStart: [Int] = []
    recordStart.reserveCapacity(records.count + 1)
    nameStart.reserveCapacity(records.count)
    for record in records {
      recordStart.append(bytes.count)
      CaseFold.append(record.id, to: &bytes)
      bytes.append(0)
      nameStart.append(bytes.count)
      CaseFold.append(record.displayName, to: &bytes)
      bytes.append(0x0A)
    }
    recordStart.append(bytes.count)
    self.recordCount = records.count
    self.bytes = bytes
    self.recordStart = recordStart
    self.nameStart = nameStart
  }

  /// Every record matching `query` (folded by `CaseFold`), in catalog order. An empty
  /// query matches every record.
  public func matches(_ query: [UInt8]) -> [Match] {
    guard !query.isEmpty else {
      return (0..<recordCount).map { Match(record: Int32($0), rank: .idPrefix) }
    }
    var found: [Match] = []
    query.withUnsafeBufferPointer { needle in
      bytes.withUnsafeBufferPointer { buffer in
        var from = 0
        var record = 0
        // One scan over the whole buffer; after a record matches, skip to the next one.
        while let hit = ByteSearch.find(needle, in: buffer, from: from, before: buffer.count) {
          while record + 1 < recordStart.count && recordStart[record + 1] <= hit { record += 1 }
          guard record < recordCount else { break }
          if let rank = rank(ofHitAt: hit, length: needle.count, in: record) {
            found.append(Match(record: Int32(record), rank: rank))
            from = recordStart[record + 1]
          } else {
            from = hit + 1  // the hit ran across the id's end: look further in this record
          }
        }
      }
    }
    return found
  }

  /// The records among `candidates` (in catalog order) that match `query`; for a query
  /// that extends the one `candidates` matched, so only those records need searching.
  public func matches(_ query: [UInt8], among candidates: [Match]) -> [Match] {
    var found: [Match] = []
    query.withUnsafeBufferPointer { needle in
      bytes.withUnsafeBufferPointer { buffer in
        for candidate in candidates {
          let record = Int(candidate.record)
          guard record >= 0, record < recordCount else { continue }
          var from = recordStart[record]
          let end = recordStart[record + 1]
          while let hit = ByteSearch.find(needle, in: buffer, from: from, before: end) {
            if let rank = rank(ofHitAt: hit, length: needle.count, in: record) {
              found.append(Match(record: candidate.record, rank: rank))
              break
            }
            from = hit + 1
          }
        }
      }
    }
    return found
  }

  /// How a hit at `hit` ranks, or nil when it is not wholly inside the id or the name
  /// (ids and names may contain the separator bytes themselves, so offsets decide).
  private func rank(ofHitAt hit: Int, length: Int, in record: Int) -> Rank? {
    let idStart = recordStart[record]
    let idEnd = nameStart[record] - 1
    let nameEnd = recordStart[record + 1] - 1
    if hit >= idStart && hit + length <= idEnd { return hit == idStart ? .idPrefix : .id }
    if hit >= nameStart[record] && hit + length <= nameEnd { return .name }
    return nil
  }
}
