import AtlasModel

/// `atlas-tui check [PATH] [--json]`: every diagnostic of a catalog, then a summary.
/// Needs no terminal; the exit status says whether the catalog has errors.
enum Check {
  static func run(path: String?, json: Bool) -> Int32 {
    guard let path = path ?? PackageLocation.defaultCatalog() else {
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
    let report = CheckReport(catalog)
    // Messages quote catalog text; escape it so a hostile file cannot drive the terminal.
    print(json ? report.json : StandardError.visibleLines(report.text), terminator: "")
    return report.exitCode
  }
}
