import AtlasModel
import Foundation
import TestSupport
import Testing

/// The binary's behaviour without a terminal: usage errors, `show`, the not-a-terminal hint.
@Suite(.enabled(if: BuiltProgram.atlasTUI != nil))
struct CommandLineTests {
  struct Outcome {
    var status: Int32
    var output: String
    var errors: String
  }

  /// Runs atlas-tui with stdout and stderr piped (so not a terminal).
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltProgram.atlasTUI ?? "/nonexistent")
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
      errors: String(decoding: err, as: UTF8.self))
  }

  @Test func withoutATerminalTheBrowserPointsToShow() throws {
    let outcome = try Self.run([])
    #expect(outcome.status == 2)
    #expect(outcome.output == "")
    #expect(
      outcome.errors
        == "atlas-tui: not a terminal (standard output is not a terminal); to print a record use: atlas-tui show ID\n"
    )
  }

  @Test func badUsageExitsTwoWithTheProblemAndTheSynopsis() throws {
    let outcome = try Self.run(["--frobnicate"])
    #expect(outcome.status == 2)
    #expect(
      outcome.errors.hasPrefix("atlas-tui: unknown option '--frobnicate'\nusage: atlas-tui [PATH]"))
    let extra = try Self.run(["show", "a", "b"])
    #expect(extra.status == 2)
    #expect(extra.errors.hasPrefix("atlas-tui: unexpected argument 'b'\n"))
    let missing = try Self.run(["--theme"])
    #expect(missing.errors.hasPrefix("atlas-tui: --theme needs a value\n"))
  }

  @Test func helpAndVersionPrintAndExitZero() throws {
    let help = try Self.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("atlas-tui show ID [--catalog PATH]"))
    #expect(help.output.contains("NO_COLOR"))
    let version = try Self.run(["--version"])
    #expect(version.status == 0)
    #expect(version.output.hasPrefix("atlas-tui "))
  }

  @Test func showingAnUnknownIDNamesItAndTheCatalog() throws {
    let catalog = PackagePaths.atlasFixture.path
    let outcome = try Self.run(["show", "agent:nope", "--catalog", catalog])
    #expect(outcome.status == 1)
    #expect(outcome.output == "")
    #expect(outcome.errors == "atlas-tui: no record with id 'agent:nope' in \(catalog)\n")
  }

  /// `show` without --catalog finds the bundled Fixtures/atlas from the binary's own
  /// location, and prints exactly the library's payload text plus a newline.
  @Test func showingAKnownIDPrintsItsPayloadAndANewline() throws {
    let catalog = try CatalogLoader.load(path: PackagePaths.atlasFixture.path)
    let index = try #require(catalog.records.indices.first)
    let id = catalog.records[index].id
    let outcome = try Self.run(["show", id])
    #expect(outcome.status == 0)
    #expect(outcome.errors == "")
    #expect(outcome.output == RecordPayload.text(of: index, in: catalog) + "\n")
    let explicit = try Self.run(["show", id, "--catalog=\(PackagePaths.atlasFixture.path)"])
    #expect(explicit.output == outcome.output)
  }
}
