import AtlasBench
import Foundation

/// The shell scripts a `TmuxSession` runs in its pane, and running tmux itself.
enum TmuxScripts {
  /// Runs the program, then reports. `trap : INT TERM HUP` keeps the wrapper alive when
  /// Ctrl-C reaches the whole foreground group (a plain `bash -c` would die with the
  /// program and report nothing); the program still gets default dispositions, because
  /// exec resets caught signals. The pid is written by the process that then becomes the
  /// program (`exec`), so signals go to the program and not to a shell.
  static func reporting(
    program: String, arguments: [String], environment: [String: String],
    workingDirectory: String?, folder: URL
  ) -> String {
    let file = { (name: String) in quote(folder.appendingPathComponent(name).path) }
    let command = ([program] + arguments).map(quote).joined(separator: " ")
    return """
      trap : INT TERM HUP
      ulimit -c 0  # the SIGQUIT and SIGSEGV tests must not leave core files behind
      \(exports(environment))
      \(workingDirectory.map { "cd \(quote($0))" } ?? "")
      /bin/sh -c 'echo $$ > "$0"; exec "$@"' \(file("pid")) \(command)
      status=$?
      stty -a > \(file("stty.tmp")) 2>&1; mv \(file("stty.tmp")) \(file("stty"))
      echo $status > \(file("status.tmp")); mv \(file("status.tmp")) \(file("status"))
      # Keep the pane (and its screen) for the test to read; not once the terminal is gone.
      if [ -t 0 ]; then exec sleep 600; fi
      """
  }

  /// An interactive dash with job control and a plain prompt, nothing read at start-up.
  static func interactiveShell(environment: [String: String]) -> String {
    """
    \(exports(environment))
    export PS1=\(quote(TmuxSession.shellPrompt + " "))
    exec /bin/dash -i
    """
  }

  /// Exports `environment` after clearing what would make runs differ between machines
  /// (a developer's NO_COLOR, a test runner's COLUMNS).
  static func exports(_ environment: [String: String]) -> String {
    let cleared = "unset NO_COLOR COLUMNS LINES ENV"
    let exports = environment.sorted { $0.key < $1.key }
      .map { "export \($0.key)=\(quote($0.value))" }
    return ([cleared] + exports).joined(separator: "\n")
  }

  /// Single-quotes `text` for the shell.
  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Runs tmux to completion with a clean signal state (see `CleanSpawn`); returns its
  /// output. Throws on a non-zero exit.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String], scratch: URL) throws -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil  // never talk to a tmux the tests happen to run inside
    let outputFile = scratch.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8)).out")
    defer { try? FileManager.default.removeItem(at: outputFile) }
    let (status, output) = try CleanSpawn.run(
      executable, arguments, environment: environment, outputFile: outputFile)
    guard status == 0 else {
      throw TmuxError.failed(
        command: ([executable] + arguments).joined(separator: " "), status: status, output: output)
    }
    return output
  }
}
