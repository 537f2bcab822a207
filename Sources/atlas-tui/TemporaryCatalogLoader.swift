// TEMPORARY (remove at merge): stands in for AtlasModel's `CatalogLoader`, which the lead
// is writing on main with the same signature. Once that lands this file must be deleted,
// or it would shadow the real loader inside this target.
import AtlasModel
import Foundation

enum CatalogLoader {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Reads only what the stand-in browser needs: every `*.json` record's id, kind, file
  /// and cluster (normalized payloads), and one record per `*.yaml` file.
  static func load(path: String) throws -> Catalog {
    let root = URL(fileURLWithPath: path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw Failure(description: "\(path): no such file or folder")
    }
    let files: [String]
    if isFolder.boolValue {
      let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
      files = found.filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") }.sorted()
    } else {
      files = [root.lastPathComponent]
    }
    let base = isFolder.boolValue ? root : root.deletingLastPathComponent()
    var records: [Record] = []
    for file in files {
      let location = SourceLocation(file: file, line: 1, column: 1)
      let folder = file.split(separator: "/").dropLast().first.map(String.init) ?? "(root)"
      guard file.hasSuffix(".json") else {
        records.append(Record(id: file, kind: "File", file: file, cluster: folder, location: location))
        continue
      }
      guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(file).path),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let id = object["id"] as? String
      else {
        throw Failure(description: "\(file):1:1: not a normalized JSON record")
      }
      records.append(
        Record(
          id: id, kind: object["_kind"] as? String ?? "Unknown",
          file: object["_file"] as? String ?? file,
          cluster: object["_cluster"] as? String ?? folder, location: location))
    }
    return Catalog(root: path, records: records, diagnostics: [], fileCount: files.count)
  }
}
