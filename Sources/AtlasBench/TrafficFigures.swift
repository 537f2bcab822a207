import Foundation

/// Bytes the real browser writes to a pseudo-terminal, the cost of a keystroke over SSH.
/// The browser runs in tmux at 120x40 (a real pty), and `tmux pipe-pane` copies every
/// byte the program writes into a file; after each key we wait until the output is
/// quiet and count what arrived.
public struct TrafficFigures: Sendable {
  public var open: Int?
  /// Moving the highlight one row (to the next edge in the record pane).
  public var moveDown: Int?
  /// Moving to the next record in the records list: the record pane shows a new record.
  public var nextRecord: Int?
  public var followEdge: Int?
  public var repaint: Int?
  public var note = ""

  public init() {}

  public static func measure(browser: String, catalog: String) -> TrafficFigures {
    var figures = TrafficFigures()
    guard let tmux = Subprocess.which("tmux") else {
      figures.note = "skipped: tmux not found"
      return figures
    }
    guard FileManager.default.isExecutableFile(atPath: browser) else {
      figures.note = "skipped: \(browser) not built"
      return figures
    }
    let socket = "atlas-bench-\(getpid())"
    let log = NSTemporaryDirectory() + "\(socket).out"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    defer {
      Subprocess.run(tmux, ["-L", socket, "kill-server"])
      try? FileManager.default.removeItem(atPath: log)
    }
    func run(_ args: [String]) { Subprocess.run(tmux, ["-L", socket] + args) }
    // Start a shell that waits, attach the pipe, then exec the browser: every byte the
    // browser writes, from its first, goes through the pipe.
    run(["-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "120", "-y", "40",
         "sh", "-c", "read go; exec env TERM=xterm-256color LANG=C.UTF-8 \"$0\" \"$1\"", browser, catalog])
    run(["pipe-pane", "-t", "bench", "-o", "cat >> '\(log)'"])
    var counted = 0
    func bytesAfter(_ keys: [String]) -> Int {
      if !keys.isEmpty { run(["send-keys", "-t", "bench"] + keys) }
      waitForQuiet(log)
      let total = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
      defer { counted = total }
      return total - counted
    }
    run(["send-keys", "-t", "bench", "Enter"])
    // Opening ends when the catalog is in: the status line counts its records.
    guard waitForScreen(tmux: tmux, socket: socket, containing: " records · ") else {
      figures.note = "failed: the browser did not show the loaded catalog"
      return figures
    }
    figures.open = bytesAfter([])
    _ = bytesAfter(["Right"])  // focus the records pane
    figures.nextRecord = bytesAfter(["Down"])
    _ = bytesAfter(["Right"])  // focus the record pane, first edge selected
    figures.moveDown = bytesAfter(["Down"])
    figures.followEdge = bytesAfter(["Enter"])
    figures.repaint = bytesAfter(["C-l"])
    run(["send-keys", "-t", "bench", "q"])
    figures.note = "tmux pty 120x40, TERM=xterm-256color"
    return figures
  }

  /// Waits (up to a minute) until the pane shows `text`.
  static func waitForScreen(tmux: String, socket: String, containing text: String) -> Bool {
    let deadline = Date().addingTimeInterval(60)
    let capture = NSTemporaryDirectory() + "\(socket).screen"
    defer { try? FileManager.default.removeItem(atPath: capture) }
    while Date() < deadline {
      _ = try? CleanSpawn.run(
        tmux, ["-L", socket, "capture-pane", "-p", "-t", "bench"],
        environment: ProcessInfo.processInfo.environment, outputFile: URL(fileURLWithPath: capture))
      if let screen = try? String(contentsOfFile: capture, encoding: .utf8), screen.contains(text) { return true }
      Thread.sleep(forTimeInterval: 0.1)
    }
    return false
  }

  /// Waits until the file has not grown for 300 ms (at most 5 s).
  static func waitForQuiet(_ path: String) {
    var last = -1
    var stableSince = Date()
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      if size != last {
        last = size
        stableSince = Date()
      } else if Date().timeIntervalSince(stableSince) > 0.3 {
        return
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
  }
}
