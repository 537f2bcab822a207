import AtlasModel

/// `atlas-tui show ID`: prints one record's payload. Needs no terminal.
enum Show {
  static func run(id: String, catalogPath: String?) -> Int32 {
    guard let path = catalogPath ?? PackageLocation.defaultCatalog() else {
      StandardError.write(Browse.noDefaultCatalog)
      return 2
    }
    let catalog: Catalog
    do {
      catalog = try CatalogLoader.load(path: path)
    } catch {
      StandardError.write("atlas-tui: \(StandardError.visible(String(describing: error)))")
      return 1
    }
    guard let index = catalog.index(of: id) else {
      StandardError.write(
        "atlas-tui: no record with id '\(StandardError.visible(id))' in \(StandardError.visible(path))"
      )
      return 1
    }
    print(TerminalSafeJSON.forOutput(RecordPayload.text(of: index, in: catalog)))
    return 0
  }
}
