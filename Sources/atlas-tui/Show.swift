import AtlasModel

/// `atlas-tui show ID`: prints one record's payload. Needs no terminal.
enum Show {
  static func run(id: String, catalogPath: String?) -> Int32 {
    let path: String
    let catalog: Catalog
    switch CatalogArgument.load(catalogPath) {
    case .success(let loaded): (path, catalog) = loaded
    case .failure(let status): return status.code
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
