@testable import AtlasModel
import Testing

@Suite struct CompactMembersTests {
  static let members: [Value.Member] = [
    .init("s", .string("plain")), .init("u", .string("é 中 😀 \u{0}\u{1b}")), .init("e", .string("")),
    .init("n", .number(-1.5e-10)), .init("big", .number(9_007_199_254_740_993)), .init("z", .null),
    .init("t", .bool(true)), .init("f", .bool(false)),
    .init("list", .array([.number(1), .array([]), .object([]), .string("x")])),
    .init("map", .object([.init("b", .number(2)), .init("a", .object([.init("deep", .array([.null]))]))])),
    .init(String(repeating: "k", count: 300), .string(String(repeating: "v", count: 70_000))),
  ]

  @Test func packingAndUnpackingGivesBackEveryValueInOrder() {
    let packed = CompactMembers(Self.members)
    #expect(packed.count == Self.members.count)
    #expect(packed.members == Self.members)
  }

  @Test func aSingleKeyIsFoundBySkippingTheValuesBeforeIt() {
    let packed = CompactMembers(Self.members)
    #expect(packed.value(forKey: "map") == Self.members[9].value)
    #expect(packed.value(forKey: String(repeating: "k", count: 300)) == Self.members[10].value)
    #expect(packed.value(forKey: "absent") == nil)
  }

  @Test func packingParsedNodesEqualsPackingTheirValuesRepeatedKeysIncluded() throws {
    let yaml = "a: 1\nb: {x: 1, y: [2, {q: null}], x: 3}\nc: [\"s\", {k: v, k: w}]\nd: {}\n"
    let node = try #require(try YAMLReader.documents(in: Array(yaml.utf8)).first)
    guard case .mapping(let pairs) = node.content else {
      Issue.record("not a mapping")
      return
    }
    let fromNodes = CompactMembers(nodes: pairs.map { ($0.key.keyString, $0.value) })
    guard case .object(let expected) = node.value else { return }
    #expect(fromNodes.members == expected)
    // A repeated key keeps its first value, as records do.
    #expect(fromNodes.value(forKey: "b") == .object([.init("x", .number(1)), .init("y", .array([.number(2), .object([.init("q", .null)])]))]))
  }

  @Test func aRecordsDisplayNameFollowsItsAttributes() {
    var record = Record(
      id: "x:1", kind: "X", file: "f", cluster: "c", attributes: [.init("name", .string("N"))],
      location: SourceLocation(file: "f", line: 1, column: 1))
    #expect(record.displayName == "N")
    record.attributes = [.init("title", .string("T")), .init("displayName", .string("D"))]
    #expect(record.displayName == "D")
    #expect(record.attribute("title") == .string("T"))
  }
}
