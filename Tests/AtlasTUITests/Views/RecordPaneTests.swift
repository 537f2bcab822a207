import AtlasModel
import Testing
import TestSupport

@testable import AtlasTUI

struct RecordPaneTests {
  private func runState(focus: Bool = false) -> AppState {
    var state = AppState(catalog: SeedCatalog.make(), screenSize: Size(width: 120, height: 60))
    state.reveal(recordID: SeedCatalog.runID)
    if focus {
      _ = state.apply(.focusRight)
      _ = state.apply(.focusRight)
    }
    return state
  }

  private func draw(_ state: AppState, width: Int, height: Int) -> Canvas {
    var canvas = Canvas(size: Size(width: width, height: height))
    RecordPane.draw(state, in: canvas.bounds, on: &canvas)
    return canvas
  }

  @Test("The seed run shows its header, attributes, 17 outgoing and 4 incoming edges grouped by kind")
  func seedRun() {
    let canvas = draw(runState(), width: 62, height: 56)
    expectScreen(
      canvas,
      rows: """
        ┌ Record · run:01kqex-example-run-001 ───────────────────────┐
        │ id      run:01kqex-example-run-001                         │
        │ kind    Run                                                │
        │ file    lifecycle/runs/example-run.yaml                    │
        │ cluster lifecycle                                          │
        │                                                            │
        │ Attributes (8)                                             │
        │   displayName: Example feature-build run                   │
        │   startedAt: 2026-01-01T00:00:00Z                          │
        │   status: draft                                            │
        │   processId: process:example-feature-build                 │
        │   runDir: .a5c/runs/01KQEX-EXAMPLE-RUN-001                 │
        │   createdAt: 2026-04-28T10:00:00Z                          │
        │   completionProof: null                                    │
        │   currentStateId: lifecycle-state:run.waiting              │
        │                                                            │
        │ Outgoing edges (17)                                        │
        │   in_state (1)                                             │
        │     → lifecycle-state:run.waiting  waiting                 │
        │   governed_by (1)                                          │
        │     → state-machine:run  ✗ missing                         │
        │   spawned_invocation (1)                                   │
        │     → invocation:01kqex-invocation-001  Example invocation │
        │   uses_async_job (5)                                       │
        │     → async-job:openai-batch-api  ✗ missing                │
        │     → async-job:anthropic-message-batches  ✗ missing       │
        │     → async-job:replicate-prediction  ✗ missing            │
        │     → async-job:gemini-batch-prediction  ✗ missing         │
        │     → async-job:openai-streaming-response  ✗ missing       │
        │   issues_resume_token (2)                                  │
        │     → resume-token:default-run-scope  ✗ missing            │
        │     → resume-token:session-scoped  ✗ missing               │
        │   has_preflight (1)                                        │
        │     → dispatch-preflight:default  ✗ missing                │
        │   performs_reconciliation (1)                              │
        │     → reconciliation:timer-driven  ✗ missing               │
        │   spans (1)                                                │
        │     → invocation:01kqex-invocation-001  Example invocation │
        │   triggered_by (2)                                         │
        │     → issue:linear-aca-390  ✗ missing                      │
        │     → issue:github-1234  ✗ missing                         │
        │   complies_with (1)                                        │
        │     → compliance:soc-2  ✗ missing                          │
        │   records_usage (1)                                        │
        │     → usage-record:01kqex-run-tokens  ✗ missing            │
        │                                                            │
        │ Incoming edges (4)                                         │
        │   attempt_of_run (1)                                       │
        │     ← run-attempt:01kqex-attempt-1  Attempt 1              │
        │   belongs_to_run (1)                                       │
        │     ← invocation:01kqex-invocation-001  Example invocation │
        │   attempt_of (1)                                           │
        │     ← run-attempt:retrying-example  Retrying attempt       │
        │   scopes_runs (1)                                          │
        │     ← tenant:acme  Acme Corp                               │
        └────────────────────────────────────────────────────────────┘
        """)
  }

  @Test("Rows are drawn in their roles: labels, keys, values, edge kinds, targets, missing marks")
  func roles() {
    let canvas = draw(runState(), width: 62, height: 56)
    expectRoles(
      canvas,
      rows: """
        -.hhhhhhhhvvvvvvvvvvvvvvvvvvvvvvvvvv.........................-
        """, startRow: 1)
    expectRoles(canvas, rows: "-...aaaaaaaaaaa..wwwwwwwwwwwwwwwwwwwwwwwww", startRow: 7)
    expectRoles(canvas, rows: "-...eeeeeeeeeee", startRow: 19)
    expectRoles(canvas, rows: "-.>>>>>>xxxxxxxxxxxxxxxxxxxxxxxxxxxx", startRow: 20)
    expectRoles(canvas, rows: "-.>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>wwwwwwwwwwwwwwwwwwww.-", startRow: 22)
    expectRoles(canvas, rows: "-.<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<wwwwwwwwwww", startRow: 48)
  }

  @Test("The selected edge row is highlighted: active when the pane has focus, inactive otherwise")
  func selection() {
    let full = String(repeating: "S", count: 60)
    expectRoles(draw(runState(focus: true), width: 62, height: 56), rows: "=" + full + "=", startRow: 18)
    expectRoles(
      draw(runState(), width: 62, height: 56), rows: "-" + String(repeating: "s", count: 60) + "-", startRow: 18)
  }

  @Test("A record with no attributes and no edges still shows every section")
  func bare() {
    let record = Record(
      id: "x:1", kind: "X", file: "a/x.yaml", cluster: "a", location: SourceLocation(file: "a/x.yaml", line: 1, column: 1))
    let state = AppState(catalog: Catalog(root: "/r", records: [record], diagnostics: [], fileCount: 1))
    expectScreen(
      draw(state, width: 30, height: 13),
      rows: """
        ┌ Record · x:1 ──────────────┐
        │ id      x:1                │
        │ kind    X                  │
        │ file    a/x.yaml           │
        │ cluster a                  │
        │                            │
        │ Attributes (0)             │
        │                            │
        │ Outgoing edges (0)         │
        │                            │
        │ Incoming edges (0)         │
        │                            │
        └────────────────────────────┘
        """)
  }

  @Test("Nested attribute values are compact JSON on one line; multi-line strings show \\n")
  func attributeValues() {
    var state = AppState(catalog: SeedCatalog.make())
    state.reveal(recordID: SeedCatalog.tenantID)
    let rows = draw(state, width: 60, height: 12).textRows
    #expect(rows[8] == "│   plan: {\"tier\":\"enterprise\",\"seats\":250}                │")
    #expect(AttributeText.inline(.string("a\nb")) == "a\nb")
    #expect(AttributeText.inline(.array([.number(1), .bool(true), .null])) == "[1,true,null]")
    #expect(AttributeText.inline(.number(0.1)) == "0.1")

    let hostile = AppState(catalog: TestCatalogs.hostile())
    let hostileRows = draw(hostile, width: 60, height: 12).textRows
    #expect(hostileRows[7] == "│   displayName: line1\\nline2\\r\\tend                       │")
  }
}
