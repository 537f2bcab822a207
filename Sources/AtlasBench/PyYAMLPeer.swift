import Foundation

/// Runs Benchmarks/pyyaml_peer.py (PyYAML's C loader building the same index) when
/// python3 with PyYAML and libyaml bindings is available; otherwise says why not.
enum PyYAMLPeer {
  static func run(_ folder: URL) -> (Double?, String) {
    guard let python = Subprocess.which("python3") else { return (nil, "skipped: no python3") }
    guard Subprocess.output(python, ["-c", "import yaml; yaml.CSafeLoader"]) != nil else {
      return (nil, "skipped: python3 cannot import yaml.CSafeLoader")
    }
    guard let script = locateScript() else { return (nil, "skipped: Benchmarks/pyyaml_peer.py not found") }
    guard let output = Subprocess.output(python, [script, folder.path]),
      let data = output.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let seconds = object["seconds"] as? Double
    else { return (nil, "failed: the peer script did not report") }
    return (seconds, "PyYAML CSafeLoader")
  }

  /// The script sits in Benchmarks/ of the package, found from this source file.
  static func locateScript() -> String? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let script = root.appendingPathComponent("Benchmarks/pyyaml_peer.py").path
    return FileManager.default.fileExists(atPath: script) ? script : nil
  }
}
