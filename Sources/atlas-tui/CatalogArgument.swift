import AtlasModel

/// The catalog a non-interactive command works on: the PATH given, or the bundled
/// Fixtures/atlas. Loads it, or says why not and gives the exit status to end with.
enum CatalogArgument {
  static func load(_ path: String?) -> Result<(path: String, catalog: Catalog), ExitStatus> {
    guard let path = path ?? PackageLocation.defaultCatalog() else {
      StandardError.write(Browse.noDefaultCatalog)
      return .failure(ExitStatus(code: 2))
    }
    do {
      return .success((path, try CatalogLoader.load(path: path)))
    } catch {
      StandardError.write("atlas-tui: \(StandardError.visible(String(describing: error)))")
      return .failure(ExitStatus(code: 1))
    }
  }

  struct ExitStatus: Error {
    var code: Int32
  }
}
