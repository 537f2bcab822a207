import Foundation

extension ThemeLoader {
  /// Reads and loads the theme file at `path`; a file that cannot be read is an error at 1:1.
  public static func load(contentsOf path: String, resolve: Resolver = Theme.builtin(named:)) throws(ThemeError) -> Theme {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ThemeError(file: path, line: 1, column: 1, message: "cannot read the theme file")
    }
    return try load([UInt8](data), file: path, resolve: resolve)
  }
}
