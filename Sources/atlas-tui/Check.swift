import AtlasModel

/// `atlas-tui check [PATH] [--json]`: every diagnostic of a catalog, then a summary.
/// Needs no terminal; the exit status says whether the catalog has errors.
enum Check {
  static func run(path: String?, json: Bool) -> Int32 {
    let catalog: Catalog
    switch CatalogArgument.load(path) {
    case .success(let loaded): catalog = loaded.catalog
    case .failure(let status): return status.code
    }
    let report = CheckReport(catalog)
    // Messages quote catalog text; escape it so a hostile file cannot drive the terminal.
    print(json ? report.json : StandardError.visibleLines(report.text), terminator: "")
    return report.exitCode
  }
}
