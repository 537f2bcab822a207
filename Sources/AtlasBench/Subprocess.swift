import Foundation

/// Runs a program and returns its standard output, or nil when it could not run or failed.
enum Subprocess {
  static func output(_ executable: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  /// Runs a program for its effect and waits for it, its output discarded. Output is not
  /// piped back, because a program that leaves a daemon behind (tmux starting its
  /// server) would hold the pipe open; and it is started by `CleanSpawn`, because
  /// Foundation's `Process` never reaped the tmux client here.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String]) -> Int32 {
    let sink = URL(fileURLWithPath: "/dev/null")
    let environment = ProcessInfo.processInfo.environment
    return (try? CleanSpawn.run(executable, arguments, environment: environment, outputFile: sink))?.status ?? -1
  }

  /// The path of `name` on PATH, if any.
  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
