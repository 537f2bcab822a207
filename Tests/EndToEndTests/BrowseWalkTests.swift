import Foundation
import TestSupport
import Testing

/// The walk a user takes on the bundled catalog, in the real binary at 120x40: open the
/// fixtures, go to the seed run, follow its incoming `scopes_runs` edge to tenant:acme, go
/// back, open the JSON view, quit; the screen is checked at every step.
@Suite(.serialized, .enabled(if: EndToEnd.canRun()))
struct BrowseWalkTests {
  /// The text of the record pane's header line for `id` (the pane starts at column 62).
  static func header(_ id: String) -> String { "│ id      \(id)" }

  @Test func walkFromTheSeedRunToItsTenantAndBackThenTheJSONView() throws {
    let session = try EndToEnd.startBrowser(width: 120, height: 40)
    defer { try? session.keys("q") }
    let first = session.screen()
    #expect(first.contains("Clusters (7)"), "\(first)")
    #expect(first.contains("26 records · 7 clusters"), "\(first)")

    // Clusters: governance, integrations, lifecycle. Records of lifecycle: the seed run is
    // the sixth in catalog order.
    try session.keys("j", "j", "l", "j", "j", "j", "j", "j")
    let onRun = session.waitFor(Self.header("run:01kqex-example-run-001"))
    #expect(onRun != nil, "not on the seed run:\n\(session.screen())")
    #expect(onRun?.contains("lifecycle (12)") == true)
    #expect(onRun?.contains("Outgoing edges (17)") == true)

    // Into the record pane; G selects its last edge, the incoming scopes_runs from the tenant.
    try session.keys("l", "G")
    let onEdge = session.waitFor("← tenant:acme")
    #expect(onEdge?.contains("scopes_runs (1)") == true, "\(session.screen())")
    try session.keys("Enter")
    let onTenant = session.waitFor(Self.header("tenant:acme"))
    #expect(onTenant != nil, "Enter did not follow the edge:\n\(session.screen())")
    #expect(onTenant?.contains("tenancy (2)") == true)
    #expect(onTenant?.contains("→ run:01kqey-nightly-eval-002") == true)
    #expect(onTenant?.contains("run:01kqex-example-run-001") == true, "the trail names where we came from")

    // Back returns to the run with the same edge selected, so the pane is still scrolled
    // down to it: the run's own incoming edges and its last outgoing edge are in view.
    try session.keys("BSpace")
    let back = session.waitFor("Incoming edges (4)")
    #expect(back != nil, "Backspace did not go back:\n\(session.screen())")
    #expect(back?.contains("lifecycle (12)") == true)
    #expect(back?.contains("→ usage-record:01kqex-run-tokens") == true)

    try session.keys("J")
    let json = session.waitFor("\"id\": \"run:01kqex-example-run-001\",")
    #expect(json != nil, "no JSON view:\n\(session.screen())")
    #expect(json?.contains("\"_file\": \"lifecycle/runs/example-run.yaml\",") == true)
    #expect(json?.contains("\"status\": \"draft\",") == true)

    try session.keys("J")
    let closed = session.waitFor("Incoming edges (4)")
    #expect(closed != nil, "J did not close the JSON view:\n\(session.screen())")
    try session.keys("q")
    EndToEnd.expectRestored(session, status: 0)
  }
}
