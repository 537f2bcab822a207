import AtlasTUI
import Foundation

/// The theme the command line asks for: `--no-color` means mono; `--theme NAME` is a
/// built-in (`default`, `mono`), a file in the package's `Themes/` (`light`), or a path to
/// a theme file. What the terminal and `NO_COLOR` allow is decided later, by
/// `ThemeSelection.effective`, once the terminal is open.
enum ThemeChoice {
  enum Problem: Error {
    /// A name that is neither built in, nor in Themes/, nor a path: a usage error.
    case unknown(String)
    /// A theme file that could not be read or is wrong, with its location.
    case invalid(ThemeError)
  }

  static func requested(_ name: String?, noColor: Bool) throws(Problem) -> Theme {
    if noColor { return .mono }
    guard let name else { return .default }
    if let builtin = Theme.builtin(named: name) { return builtin }
    let path: String
    if name.contains("/") || name.hasSuffix(".yaml") {
      path = name
    } else if let folder = PackageLocation.folder(PackageLocation.themes),
      FileManager.default.fileExists(atPath: "\(folder)/\(name).yaml")
    {
      path = "\(folder)/\(name).yaml"
    } else {
      throw .unknown(name)
    }
    do {
      return try ThemeLoader.load(contentsOf: path)
    } catch {
      throw .invalid(error)
    }
  }

  /// Every name `--theme` accepts without a path, for the error message.
  static func knownNames() -> [String] {
    var names = Theme.builtins.map(\.name)
    if let folder = PackageLocation.folder(PackageLocation.themes),
      let files = try? FileManager.default.contentsOfDirectory(atPath: folder)
    {
      names += files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
    }
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }.sorted()
  }
}
