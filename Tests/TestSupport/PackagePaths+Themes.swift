import Foundation

extension PackagePaths {
  /// The shipped theme files.
  public static var themes: URL { root.appendingPathComponent("Themes") }
}
