import AtlasBench
import AtlasModel
import Foundation

// atlas-bench: generates synthetic catalogs and prints load, memory, interaction and
// terminal-traffic figures. A program that prints figures, not a timed test.

let usage = """
  usage: atlas-bench generate --records N [--seed S] --out DIR
         atlas-bench run [--sizes 10000,100000] [--runs N] [--work DIR] [--json]
         atlas-bench load-rss PATH      (internal: load once, print peak RSS bytes)
  """

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("atlas-bench: \(message)\n".utf8))
  exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
  guard let i = arguments.firstIndex(of: name) else { return nil }
  guard i + 1 < arguments.count else { fail("\(name) needs a value\n\(usage)") }
  let value = arguments[i + 1]
  arguments.removeSubrange(i...(i + 1))
  return value
}
@MainActor func flag(_ name: String) -> Bool {
  guard let i = arguments.firstIndex(of: name) else { return false }
  arguments.remove(at: i)
  return true
}

guard let command = arguments.first else { fail(usage) }
arguments.removeFirst()

switch command {
case "generate":
  guard let n = option("--records").flatMap(Int.init), n > 0 else { fail("generate needs --records N") }
  guard let out = option("--out") else { fail("generate needs --out DIR") }
  let seed = option("--seed").flatMap(UInt64.init) ?? 42
  do {
    print(try BenchmarkRunner.generate(records: n, seed: seed, into: URL(fileURLWithPath: out)))
  } catch {
    fail("\(error)")
  }
case "run":
  let sizes = (option("--sizes") ?? "10000,100000").split(separator: ",").compactMap { Int($0) }
  let runs = option("--runs").flatMap(Int.init) ?? 3
  let work = URL(fileURLWithPath: option("--work") ?? NSTemporaryDirectory() + "atlas-bench")
  let json = flag("--json")
  let runner = BenchmarkRunner(work: work, runs: runs, executable: CommandLine.arguments[0])
  do {
    let results = try sizes.map { try runner.measure(records: $0) }
    print(json ? BenchmarkReport.json(results) : BenchmarkReport.table(results))
  } catch {
    fail("\(error)")
  }
case "load-rss":
  let oneCore = flag("--one-core")
  let verbose = flag("--verbose")
  guard let path = arguments.first else { fail("load-rss needs PATH") }
  let catalog: Catalog
  do {
    catalog = try CatalogLoader.load(path: path, parallel: !oneCore)
  } catch {
    fail(error.description)
  }
  // Keep the catalog alive until the figure is read.
  withExtendedLifetime(catalog) {
    print(ProcessMemory.peakResidentBytes ?? -1)
    if verbose {
      FileHandle.standardError.write(Data("after load: RSS \(ProcessMemory.residentBytes ?? -1) bytes, \(catalog.records.count) records\n".utf8))
    }
  }
default:
  fail("unknown command '\(command)'\n\(usage)")
}
