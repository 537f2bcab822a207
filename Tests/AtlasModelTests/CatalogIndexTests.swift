import Synchronization
import AtlasModel
import TestSupport
import Testing

/// Indexing: clusters, kinds, catalog order, computed incoming edges, missing targets
/// and duplicate ids. Written in JSON (authored shape) so these pin the index, not YAML.
@Suite struct CatalogIndexTests {
  static let files: [String: String] = [
    "zeta/b.json": #"[{"id":"tenant:acme","edges":[{"kind":"scopes_runs","to":"run:1","attributes":{}}]}]"#,
    "alpha/a.json": """
      [{"id":"run:1","displayName":"First","edges":[{"kind":"in_state","to":"lifecycle-state:gone"}]},
       {"id":"run-attempt:1","edges":[{"kind":"attempt_of","to":"run:1"}]}]
      """,
    "alpha/sub/c.json": #"{"id":"run:1","note":"a second run:1"}"#,
    "top.json": #"{"id":"lifecycle-state:x","_kind":"State"}"#,
  ]

  @Test func clustersAreFirstFoldersSortedWithCounts() throws {
    let dir = try TemporaryCatalog(Self.files)
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.clusters.map(\.name) == ["(root)", "alpha", "zeta"])
    #expect(catalog.clusters.map(\.count) == [1, 2, 1])
  }

  @Test func kindsComeFromUnderscoreKindOrTheIdPrefix() throws {
    let dir = try TemporaryCatalog(Self.files)
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.record(id: "run-attempt:1")?.kind == "RunAttempt")
    #expect(catalog.record(id: "lifecycle-state:x")?.kind == "State")
    #expect(catalog.kinds.map(\.name) == ["Run", "RunAttempt", "State", "Tenant"])
  }

  @Test func recordsFollowCatalogOrderFilesByPathThenFileOrder() throws {
    let dir = try TemporaryCatalog(Self.files)
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.records.map(\.id) == ["run:1", "run-attempt:1", "lifecycle-state:x", "tenant:acme"])
    #expect(catalog.records.map(\.file) == ["alpha/a.json", "alpha/a.json", "top.json", "zeta/b.json"])
  }

  @Test func incomingEdgesAreComputedInCatalogOrderKeepingAttributesPresence() throws {
    let dir = try TemporaryCatalog(Self.files)
    let catalog = try CatalogLoader.load(path: dir.path)
    let run = try #require(catalog.index(of: "run:1"))
    let incoming = catalog.incomingEdges(of: run)
    #expect(incoming.map(\.from) == ["run-attempt:1", "tenant:acme"])
    #expect(incoming.map { $0.attributes == nil } == [true, false])
  }

  @Test func missingTargetsAreKeptAndReportedAsDangling() throws {
    let dir = try TemporaryCatalog(Self.files)
    let catalog = try CatalogLoader.load(path: dir.path)
    let run = try #require(catalog.record(id: "run:1"))
    #expect(run.outgoing.map(\.to) == ["lifecycle-state:gone"])
    #expect(!catalog.contains(id: "lifecycle-state:gone"))
    let dangling = catalog.diagnostics.filter { $0.category == .dangling }
    #expect(dangling.map(\.description) == [
      "alpha/a.json:1:47: warning: edge 'in_state' from 'run:1' points to 'lifecycle-state:gone', which is not in the catalog"
    ])
  }

  @Test func aDuplicateIdKeepsTheFirstAndReportsBothPlaces() throws {
    let dir = try TemporaryCatalog(Self.files)
    let catalog = try CatalogLoader.load(path: dir.path)
    #expect(catalog.record(id: "run:1")?.attribute("displayName") == .string("First"))
    #expect(catalog.records.filter { $0.id == "run:1" }.count == 1)
    let messages = catalog.diagnostics.filter { $0.category == .structure }.map(\.description)
    #expect(messages == [
      "alpha/a.json:1:2: error: id 'run:1' is defined again at alpha/sub/c.json:1:1; this record is kept",
      "alpha/sub/c.json:1:1: error: duplicate id 'run:1', first defined at alpha/a.json:1:2; this record is ignored",
    ])
  }

  @Test func aSingleFileIsACatalogToo() throws {
    let dir = try TemporaryCatalog(Self.files)
    let catalog = try CatalogLoader.load(path: dir.url.appendingPathComponent("alpha/a.json").path)
    #expect(catalog.records.map(\.id) == ["run:1", "run-attempt:1"])
    #expect(catalog.records.first?.file == "a.json")
  }

  @Test func aPathThatDoesNotExistIsAFailureNamingIt() {
    #expect(throws: CatalogLoader.Failure.self) {
      try CatalogLoader.load(path: "/nonexistent/atlas-catalog")
    }
  }
}

@Suite struct LoadProgressTests {
  @Test func progressCountsEveryFileAndRecordAndEndsAtTheTotals() throws {
    let dir = try TemporaryCatalog(CatalogIndexTests.files)
    let seen = Mutex<[LoadProgress]>([])
    let catalog = try CatalogLoader.load(path: dir.path) { progress in seen.withLock { $0.append(progress) } }
    let reports = seen.withLock { $0 }
    #expect(reports.first == LoadProgress(filesTotal: 4, filesDone: 0, records: 0))
    #expect(reports.count == 5)
    #expect(reports.map(\.filesDone).sorted() == [0, 1, 2, 3, 4])
    // Five records were read (one a duplicate the catalog then drops).
    #expect(reports.max(by: { $0.filesDone < $1.filesDone })?.records == 5)
    #expect(catalog.records.count == 4)
  }
}
