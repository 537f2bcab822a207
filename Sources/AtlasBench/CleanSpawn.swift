import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program the way a login shell would start it: empty signal mask, default signal
/// actions, output into a file. Used by the benchmark and by the tests' tmux harness.
///
/// Both matter for tmux. The test runner's threads block most signals and `Process`
/// passes that mask on, so a tmux server started with it (and every program in its panes)
/// would never receive SIGINT or SIGTERM, and the restoration tests would test nothing.
/// And `tmux new-session -d` leaves a server running that inherits its stdout: reading a
/// pipe to EOF would wait for that server to exit.
public enum CleanSpawn {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Runs `executable` with `arguments` and waits; returns its exit status and output
  /// (stdout and stderr together).
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String], outputFile: URL
  ) throws -> (status: Int32, output: String) {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw Failure(
        description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    // WIFEXITED / WEXITSTATUS are macros Swift does not import.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exitStatus, output)
  }
}
