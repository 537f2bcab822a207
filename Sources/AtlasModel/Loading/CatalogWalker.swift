#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the catalog files under a folder: `*.yaml`, `*.yml`, `*.json`, `*.jsonl`,
/// `*.ndjson`, skipping hidden files and folders (`.git`, editor swap files...).
///
/// Symbolic links to folders are followed once: a folder already on the way (by device
/// and inode) is a loop and is reported, not entered again. A folder that cannot be
/// read is reported and skipped. Nothing is opened for writing.
struct CatalogWalker {
  struct Found: Sendable {
    /// The path to open, as bytes (names need not be UTF-8).
    var path: RawPath
    /// Path relative to the catalog root, with `/`.
    var relative: String
  }

  private(set) var files: [Found] = []
  private(set) var diagnostics: [Diagnostic] = []

  init() {}

  /// A walker that found exactly one file (a catalog given as a single file).
  init(single: Found) {
    files = [single]
  }

  static let extensions: Set<String> = ["yaml", "yml", "json", "jsonl", "ndjson"]

  static func isCatalogFile(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return extensions.contains(name[name.index(after: dot)...].lowercased())
  }

  mutating func walk(root: String) {
    var onPath: [FileIdentity] = []
    walk(folder: RawPath(root), relative: "", onPath: &onPath)
    // Byte-wise order of relative paths: the catalog order, the same on every machine.
    files.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
  }

  private mutating func walk(folder: RawPath, relative: String, onPath: inout [FileIdentity]) {
    guard let identity = FileIdentity(path: folder) else {
      problem(relative, "cannot read folder: \(lastErrorText())")
      return
    }
    if onPath.contains(identity) {
      problem(relative, "symbolic link loop: this folder contains itself; not entered again")
      return
    }
    guard let dir = folder.withCString({ opendir($0) }) else {
      problem(relative, "cannot read folder: \(lastErrorText())")
      return
    }
    var names: [[UInt8]] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
      if name.first == UInt8(ascii: ".") { continue }
      names.append(name)
    }
    closedir(dir)

    onPath.append(identity)
    defer { onPath.removeLast() }
    for rawName in names {
      let path = folder.appending(rawName)
      let name = RawPath.displayText(rawName)
      let rel = relative.isEmpty ? name : relative + "/" + name
      var info = stat()
      guard path.withCString({ stat($0, &info) }) == 0 else {
        // A dangling symbolic link, or a file removed while we walk.
        if CatalogWalker.isCatalogFile(name) { problem(rel, "cannot read: \(lastErrorText())") }
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        walk(folder: path, relative: rel, onPath: &onPath)
      } else if CatalogWalker.isCatalogFile(name) {
        if (info.st_mode & S_IFMT) == S_IFREG {
          files.append(Found(path: path, relative: rel))
        } else {
          // A FIFO, device or socket would block or never end; say so rather than wait.
          problem(rel, "not a regular file; not read")
        }
      }
    }
  }

  private mutating func problem(_ relative: String, _ message: String) {
    let shown = relative.isEmpty ? "." : relative
    diagnostics.append(
      Diagnostic(.error, .parse, at: SourceLocation(file: shown, line: 1, column: 1), message))
  }
}

/// A file's device and inode: what tells two paths to the same folder apart from two folders.
struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init?(path: RawPath) {
    var info = stat()
    guard path.withCString({ stat($0, &info) }) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

func lastErrorText() -> String {
  String(cString: strerror(errno))
}
