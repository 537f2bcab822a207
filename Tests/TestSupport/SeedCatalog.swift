import AtlasModel

/// A catalog built in code around the real seed record `run:01kqex-example-run-001`
/// (../shared/seed/run-example.json): the run with its 17 outgoing edges exactly as the
/// seed lists them, and the four records whose edges make its 4 incoming edges, in the
/// order the seed lists those. Most of the run's targets are deliberately absent, so the
/// browser has missing targets to show; `tenant:acme` adds one more dangling edge.
///
/// Records are given in catalog order (files sorted by path), which is what makes
/// `incomingEdges(of:)` come out in the seed's order.
public enum SeedCatalog {
  public static let runID = "run:01kqex-example-run-001"
  public static let tenantID = "tenant:acme"
  public static let invocationID = "invocation:01kqex-invocation-001"
  public static let stateID = "lifecycle-state:run.waiting"
  public static let missingFromTenant = "billing-account:acme-missing"

  public static func make(root: String = "/fixtures/seed") -> Catalog {
    Catalog(
      root: root,
      records: [attempt, invocation, retryingAttempt, run, state, tenant],
      diagnostics: [], fileCount: 6)
  }

  static func record(
    _ id: String, kind: String, file: String, attributes: [Value.Member], outgoing: [(String, String, Value?)]
  ) -> Record {
    let cluster = String(file.split(separator: "/").first ?? "")
    return Record(
      id: id, kind: kind, file: file, cluster: cluster, attributes: attributes,
      outgoing: outgoing.map { Edge(from: id, to: $0.0, kind: $0.1, attributes: $0.2) },
      location: AtlasModel.SourceLocation(file: file, line: 1, column: 1))
  }

  static let attempt = record(
    "run-attempt:01kqex-attempt-1", kind: "RunAttempt", file: "lifecycle/attempts/01kqex-attempt-1.yaml",
    attributes: [Value.Member("displayName", .string("Attempt 1"))],
    outgoing: [(runID, "attempt_of_run", .object([]))])

  static let invocation = record(
    invocationID, kind: "Invocation", file: "lifecycle/invocations/01kqex-invocation-001.yaml",
    attributes: [
      Value.Member("displayName", .string("Example invocation")),
      Value.Member("attempt", .number(1)),
    ],
    outgoing: [(runID, "belongs_to_run", nil)])

  static let retryingAttempt = record(
    "run-attempt:retrying-example", kind: "RunAttempt", file: "lifecycle/run-attempts/retrying-example.yaml",
    attributes: [Value.Member("displayName", .string("Retrying attempt"))],
    outgoing: [(runID, "attempt_of", .object([]))])

  static let run = record(
    runID, kind: "Run", file: "lifecycle/runs/example-run.yaml",
    attributes: [
      Value.Member("displayName", .string("Example feature-build run")),
      Value.Member("startedAt", .string("2026-01-01T00:00:00Z")),
      Value.Member("status", .string("draft")),
      Value.Member("processId", .string("process:example-feature-build")),
      Value.Member("runDir", .string(".a5c/runs/01KQEX-EXAMPLE-RUN-001")),
      Value.Member("createdAt", .string("2026-04-28T10:00:00Z")),
      Value.Member("completionProof", .null),
      Value.Member("currentStateId", .string(stateID)),
    ],
    outgoing: [
      (stateID, "in_state", nil),
      ("state-machine:run", "governed_by", nil),
      (invocationID, "spawned_invocation", nil),
      ("async-job:openai-batch-api", "uses_async_job", .object([])),
      ("async-job:anthropic-message-batches", "uses_async_job", .object([])),
      ("async-job:replicate-prediction", "uses_async_job", .object([])),
      ("async-job:gemini-batch-prediction", "uses_async_job", .object([])),
      ("async-job:openai-streaming-response", "uses_async_job", .object([])),
      ("resume-token:default-run-scope", "issues_resume_token", .object([])),
      ("resume-token:session-scoped", "issues_resume_token", .object([])),
      ("dispatch-preflight:default", "has_preflight", .object([])),
      ("reconciliation:timer-driven", "performs_reconciliation", .object([])),
      (invocationID, "spans", .object([])),
      ("issue:linear-aca-390", "triggered_by", .object([])),
      ("issue:github-1234", "triggered_by", .object([])),
      ("compliance:soc-2", "complies_with", .object([])),
      ("usage-record:01kqex-run-tokens", "records_usage", .object([])),
    ])

  static let state = record(
    stateID, kind: "LifecycleState", file: "lifecycle/states/run.yaml",
    attributes: [Value.Member("name", .string("waiting"))], outgoing: [])

  static let tenant = record(
    tenantID, kind: "Tenant", file: "tenancy/tenants/acme.yaml",
    attributes: [
      Value.Member("displayName", .string("Acme Corp")),
      Value.Member("plan", .object([Value.Member("tier", .string("enterprise")), Value.Member("seats", .number(250))])),
    ],
    outgoing: [(runID, "scopes_runs", .object([])), (missingFromTenant, "billed_to", nil)])
}
