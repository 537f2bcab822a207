import CNcurses

/// Puts the process in a UTF-8 locale before curses starts (NOTES P6).
///
/// ncursesw decides once, at `newterm`, whether the terminal speaks UTF-8, from the C
/// library's locale. A process starts in the "C" locale, where every non-ASCII character
/// is unprintable, so we adopt the user's locale and, when that is not UTF-8 (typical of
/// CI and containers where LANG is unset), fall back to glibc's built-in "C.UTF-8".
enum UTF8Locale {
  /// Returns true when the locale in effect afterwards uses UTF-8.
  @discardableResult
  static func activate() -> Bool {
    setlocale(LC_ALL, "")
    if isUTF8 { return true }
    setlocale(LC_ALL, "C.UTF-8")
    return isUTF8
  }

  static var isUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
