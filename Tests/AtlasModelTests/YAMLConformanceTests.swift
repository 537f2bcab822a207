import AtlasModel
import Foundation
import Testing

/// YAMLReader against yaml-test-suite: valid cases must give the same data as `in.json`,
/// invalid ones must be refused with a position, and only the cases listed in
/// `YAMLKnownLimits` may deviate.
@Suite struct YAMLConformanceTests {
  @Test("yaml-test-suite: equal data for valid cases, a positioned ReadError for invalid ones")
  func yamlTestSuite() throws {
    guard let suite = YAMLTestSuiteCase.suiteDirectory() else {
      print("yaml-test-suite: skipped, ../shared/conformance/yaml-test-suite is not present")
      return
    }
    let cases = try YAMLTestSuiteCase.all(in: suite)
    #expect(!cases.isEmpty, "no cases found under \(suite.path)")
    var tally = Tally()
    for testCase in cases {
      let failure = Self.check(testCase)
      tally.count(testCase, passed: failure == nil)
      let knownReason = YAMLKnownLimits.cases[testCase.id]
      switch (failure, knownReason) {
      case (let failure?, nil):
        Issue.record("\(testCase.id) (\(testCase.title)): \(failure)")
      case (nil, _?):
        Issue.record(
          "\(testCase.id) (\(testCase.title)) passes now: remove it from YAMLKnownLimits")
      default:
        break
      }
    }
    let ids = Set(cases.map(\.id))
    for id in YAMLKnownLimits.cases.keys.sorted() where !ids.contains(id) {
      Issue.record("YAMLKnownLimits lists \(id), which is not in the suite")
    }
    print(tally.summary(knownLimits: YAMLKnownLimits.cases.count))
  }

  /// Why the case fails, or nil when it behaves as the suite says.
  static func check(_ testCase: YAMLTestSuiteCase) -> String? {
    let result = Result { () throws(ReadError) -> [Node] in
      try YAMLReader.documents(in: testCase.input)
    }
    switch (testCase.expectation, result) {
    case (.error, .success(let documents)):
      return "accepted invalid YAML as \(documents.map { JSONText.compact($0.value) })"
    case (.error, .failure(let error)):
      return error.line >= 1 && error.column >= 1 ? nil : "error without a position: \(error)"
    case (.validWithoutJSON, .success):
      return nil
    case (.validWithoutJSON, .failure(let error)), (.json, .failure(let error)):
      return "refused valid YAML: \(error)"
    case (.json(let json), .success(let documents)):
      let expected: [Value]
      do {
        expected = try JSONStreamParser.values(in: json)
      } catch {
        return "cannot read in.json: \(error)"
      }
      let actual = documents.map(\.value)
      let equal =
        actual.count == expected.count && zip(actual, expected).allSatisfy(DataEquality.same)
      return equal
        ? nil
        : "got \(actual.map(JSONText.compact)), expected \(expected.map(JSONText.compact))"
    }
  }

  private struct Tally {
    var validEqual = 0, valid = 0
    var errorsRejected = 0, errors = 0
    var noJSONParsed = 0, noJSON = 0

    mutating func count(_ testCase: YAMLTestSuiteCase, passed: Bool) {
      let add = passed ? 1 : 0
      switch testCase.expectation {
      case .json: valid += 1; validEqual += add
      case .error: errors += 1; errorsRejected += add
      case .validWithoutJSON: noJSON += 1; noJSONParsed += add
      }
    }

    func summary(knownLimits: Int) -> String {
      "yaml-test-suite: \(validEqual)/\(valid) valid cases equal, "
        + "\(errorsRejected)/\(errors) error cases rejected, "
        + "\(noJSONParsed)/\(noJSON) valid cases without a JSON form parsed, "
        + "\(knownLimits) known libyaml limits"
    }
  }
}
