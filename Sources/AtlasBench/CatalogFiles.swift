import Foundation

/// The catalog files under a folder with their sizes, read the way the loader reads them,
/// so the floor scan and the peer script see exactly the same input.
public enum CatalogFiles {
  public static func yamlFiles(under folder: URL) -> [URL] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = walker?.nextObject() as? URL {
      if url.pathExtension == "yaml" || url.pathExtension == "yml" { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }

  public static func totalBytes(_ files: [URL]) -> Int {
    files.reduce(0) { sum, url in
      sum + ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0)
    }
  }
}
