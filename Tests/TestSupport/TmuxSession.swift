import Foundation

/// Drives a terminal program in tmux the way a person would: start it at a size, send keys,
/// read the screen, resize, signal it; afterwards read its exit status and the terminal
/// modes it left behind (`stty -a`). The Swift twin of `shared/tools/tui.py`.
///
/// Every session runs its own tmux server on a private socket (`tmux -S` with a path in the
/// session's scratch folder, so it goes when the folder does; `-L` leaves socket files
/// behind in /tmp/tmux-UID), with no config
/// file, so tests never see or touch a user's tmux. The server is killed on deinit.
public final class TmuxSession {
  /// The session's scratch folder: the wrapper script and the files it reports into.
  public let folder: URL
  private let tmux: String
  private var socket: String { folder.appendingPathComponent("tmux.sock").path }
  private static let target = "e2e"

  /// Runs `program` with `arguments` in a fresh `width`×`height` window under a wrapper
  /// that, once the program ends, records its exit status and `stty -a`, then idles.
  /// TERM is xterm-256color and the locale C.UTF-8 unless `environment` says otherwise.
  public convenience init(
    program: String, arguments: [String] = [], width: Int = 80, height: Int = 24,
    environment: [String: String] = [:], workingDirectory: String? = nil
  ) throws {
    try self.init(width: width, height: height)
    let script = TmuxScripts.reporting(
      program: program, arguments: arguments, environment: Self.baseEnvironment(environment),
      workingDirectory: workingDirectory, folder: folder)
    try start(script: script)
  }

  /// Starts an interactive job-control shell (`dash -i`, which leaves terminal modes as a
  /// stopped job left them, unlike bash) with the prompt `shellPrompt`; drive it with `shell(_:)`.
  public convenience init(
    interactiveShellWidth width: Int = 80, height: Int = 24, environment: [String: String] = [:]
  ) throws {
    try self.init(width: width, height: height)
    try start(script: TmuxScripts.interactiveShell(environment: Self.baseEnvironment(environment)))
  }

  /// The interactive shell's prompt (without its trailing space, which capture-pane drops).
  public static let shellPrompt = "ready>"

  private init(width: Int, height: Int) throws {
    guard let tmux = Self.executable else { throw TmuxError.notInstalled }
    self.tmux = tmux
    let unique = "\(getpid())-\(UUID().uuidString.prefix(8))"
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-e2e-\(unique)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    self.width = width
    self.height = height
  }

  private let width: Int
  private let height: Int

  deinit {
    _ = try? tmuxRun(["kill-server"])
    try? FileManager.default.removeItem(at: folder)
  }

  /// tmux on PATH, or nil (tests skip with a message).
  public static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  private static func baseEnvironment(_ extra: [String: String]) -> [String: String] {
    var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
    environment.merge(extra) { _, new in new }
    return environment
  }

  private func start(script: String) throws {
    let file = folder.appendingPathComponent("start.sh")
    try script.write(to: file, atomically: true, encoding: .utf8)
    try tmuxRun([
      "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)",
      "/bin/bash", file.path,
    ])
  }

  // MARK: Driving

  /// Sends tmux key names (`q`, `C-c`, `Enter`, `Down`), pausing after each so the
  /// program sees them as separate presses.
  public func keys(_ keys: String..., pause: Duration = .milliseconds(150)) throws {
    for key in keys {
      try tmuxRun(["send-keys", "-t", Self.target, key])
      Thread.sleep(forTimeInterval: pause.seconds)
    }
  }

  /// Types `text` literally.
  public func type(_ text: String) throws {
    try tmuxRun(["send-keys", "-t", Self.target, "-l", text])
    Thread.sleep(forTimeInterval: 0.15)
  }

  /// Types a command line into the interactive shell and presses Enter.
  public func shell(_ line: String) throws {
    try type(line)
    try keys("Enter")
  }

  /// Resizes the window (and so the pane).
  public func resize(width: Int, height: Int) throws {
    try tmuxRun(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
    Thread.sleep(forTimeInterval: 0.3)
  }

  /// Ends the tmux server, as closing a terminal window does: the pane's terminal goes
  /// away. The program's wrapper ignores SIGHUP, so the kernel's hangup reaches only it
  /// and the program sees its input end. Reports still arrive in the scratch folder.
  public func closeTerminal() throws {
    try tmuxRun(["kill-server"])
  }

  /// Sends `signal` to the program (in program mode).
  public func signal(_ signal: Int32) throws {
    guard let pid = programPID() else { throw TmuxError.noProgram }
    guard kill(pid, signal) == 0 else { throw TmuxError.noProgram }
  }

  // MARK: Reading

  /// The pane's text, one line per row; with `escapes`, with the SGR sequences that give
  /// each cell its colours and attributes, as tmux stored them.
  public func screen(escapes: Bool = false) -> String {
    let arguments = ["capture-pane", "-p", "-t", Self.target] + (escapes ? ["-e"] : [])
    return (try? tmuxRun(arguments)) ?? ""
  }

  /// Waits until the screen contains `text`; returns the screen, or nil on timeout.
  public func waitFor(_ text: String, timeout: Duration = .seconds(10)) -> String? {
    waitUntil(timeout: timeout) { $0.contains(text) }
  }

  /// Waits until `condition` holds for the screen; returns that screen, or nil on timeout.
  public func waitUntil(timeout: Duration = .seconds(10), _ condition: (String) -> Bool) -> String?
  {
    Self.poll(timeout: timeout) {
      let current = screen()
      return condition(current) ? current : nil
    }
  }

  /// tmux's view of the pane: is the alternate screen on, is the cursor visible.
  public func paneModes() -> (alternateScreen: Bool, cursorVisible: Bool)? {
    let format = "#{alternate_on} #{cursor_flag}"
    guard let text = try? tmuxRun(["display-message", "-p", "-t", Self.target, format]) else {
      return nil
    }
    let flags = text.split(separator: " ").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard flags.count == 2 else { return nil }
    return (flags[0] == "1", flags[1] == "1")
  }

  /// The program's pid (the wrapper writes it just before exec).
  public func programPID() -> pid_t? {
    waitForFile("pid", timeout: .seconds(5)).flatMap {
      pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  /// The program's exit status as the shell saw it (128 + n when killed by signal n).
  public func exitStatus(timeout: Duration = .seconds(10)) -> Int32? {
    waitForFile("status", timeout: timeout).flatMap {
      Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  /// `stty -a` as run by the shell after the program ended.
  public func modesAfterExit(timeout: Duration = .seconds(10)) -> String? {
    waitForFile("stty", timeout: timeout)
  }

  /// The path of a file in the scratch folder, for commands typed into the shell.
  public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Waits for a file in the scratch folder to exist, then returns its contents.
  public func waitForFile(_ name: String, timeout: Duration = .seconds(10)) -> String? {
    Self.poll(timeout: timeout) {
      try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
  }

  /// True when `stty -a` output shows a cooked terminal: echo and canonical input on.
  public static func isCooked(_ modes: String) -> Bool {
    let words = Set(modes.split(whereSeparator: \.isWhitespace).map(String.init))
    return words.contains("echo") && words.contains("icanon") && !words.contains("-echo")
      && !words.contains("-icanon")
  }

  // MARK: Plumbing

  private static func poll<T>(timeout: Duration, _ attempt: () -> T?) -> T? {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while true {
      if let result = attempt() { return result }
      if clock.now >= deadline { return nil }
      Thread.sleep(forTimeInterval: 0.1)
    }
  }

  @discardableResult
  private func tmuxRun(_ arguments: [String]) throws -> String {
    try TmuxScripts.run(tmux, ["-f", "/dev/null", "-S", socket] + arguments, scratch: folder)
  }
}

public enum TmuxError: Error, CustomStringConvertible {
  case notInstalled
  case noProgram
  case failed(command: String, status: Int32, output: String)

  public var description: String {
    switch self {
    case .notInstalled: return "tmux is not installed"
    case .noProgram: return "the program is not running"
    case .failed(let command, let status, let output):
      return "\(command) exited \(status): \(output)"
    }
  }
}

extension Duration {
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
