/// yaml-test-suite cases our reader gets wrong because libyaml 0.2.5 does, each with why.
/// The conformance test fails on any failing case missing here, and on any case here
/// that now passes, so this list is always exactly the set of failures.
///
/// Every entry is a parse decision libyaml makes before our code sees an event (a
/// refusal, an acceptance, or the scalar text it hands over); none is about typing,
/// anchors or tree building, which are ours.
enum YAMLKnownLimits {
  // Valid YAML that libyaml refuses.
  private static let emptyKey = "libyaml refuses an empty implicit key (`: value`)"
  private static let unknownDirective =
    "libyaml refuses reserved directives (%FOO) instead of ignoring them"
  private static let anchorCharacters = "libyaml allows only [A-Za-z0-9_-] in anchor names"
  private static let colonOnNextLine =
    "libyaml refuses a flow-mapping ':' on a later line than its key"
  private static let multiLineFlowKey =
    "libyaml refuses an implicit flow-mapping key spanning lines"
  private static let colonStartsFlowScalar = "libyaml refuses a flow plain scalar starting with ':'"
  private static let tabSeparation =
    "libyaml refuses a tab as separation space where YAML 1.2 allows it"
  private static let tabInBlockScalar = "libyaml refuses a tab at the start of block scalar content"
  private static let bareDocumentAfterEnd = "libyaml requires '---' for a bare document after '...'"
  private static let zeroIndentedBlockScalar =
    "libyaml refuses a top-level block scalar indented zero spaces"
  private static let documentEndOnly =
    "libyaml refuses a stream holding only a '...' document end marker"
  // Valid YAML that libyaml reads differently.
  private static let questionMarkInFlow =
    "libyaml reads '?' starting a flow scalar as an explicit-key indicator"
  private static let trailingSpacesInKeptScalar =
    "libyaml drops a final spaces-only line of a block scalar with no line break after it"
  // Invalid YAML that libyaml accepts.
  private static let directiveWithoutDocumentEnd =
    "libyaml accepts a directive after a document not ended with '...'"
  private static let commentWithoutSpace =
    "libyaml accepts '#' as a comment without whitespace before it"
  private static let flowIndentation =
    "libyaml does not check the indentation of flow or quoted continuation lines"
  private static let dashInFlow = "libyaml accepts a lone '-' as a plain scalar in a flow sequence"

  static let cases: [String: String] = [
    "2JQS": emptyKey, "6M2F": emptyKey, "CFD4": emptyKey, "FRK4": emptyKey, "M2N8/00": emptyKey,
    "NHX8": emptyKey, "NKF9": emptyKey, "S3PD": emptyKey, "SM9W/01": emptyKey, "UKK6/00": emptyKey,
    "4ABK": "libyaml refuses a flow-mapping key with ':' followed directly by ','",

    "2LFX": unknownDirective, "6LVF": unknownDirective, "MUS6/05": unknownDirective,
    "MUS6/06": unknownDirective,
    "BEC7": "libyaml 0.2.5 refuses %YAML 1.3 instead of reading it with a warning",

    "2SXE": anchorCharacters, "8XYN": anchorCharacters, "W5VH": anchorCharacters,
    "Y2GN": "libyaml ends an anchor name at ':', so the scalar becomes ':chor value'",

    "4MUZ/00": colonOnNextLine, "4MUZ/01": colonOnNextLine, "4MUZ/02": colonOnNextLine,
    "5MUD": colonOnNextLine, "K3WX": colonOnNextLine, "VJP3/01": colonOnNextLine,
    "9SA2": multiLineFlowKey, "NJ66": multiLineFlowKey, "UT92": multiLineFlowKey,

    "58MP": colonStartsFlowScalar, "5T43": colonStartsFlowScalar, "DBG4": colonStartsFlowScalar,
    "HM87/00": colonStartsFlowScalar,
    "652Z": questionMarkInFlow, "HM87/01": questionMarkInFlow,

    "6BCT": tabSeparation, "6CA3": tabSeparation, "A2M4": tabSeparation, "DK95/00": tabSeparation,
    "DK95/03": tabSeparation, "DK95/04": tabSeparation, "Q5MG": tabSeparation,
    "Y79Y/010": tabSeparation,
    "96NN/00": tabInBlockScalar, "96NN/01": tabInBlockScalar, "R4YG": tabInBlockScalar,
    "Y79Y/001": tabInBlockScalar,

    "7Z25": bareDocumentAfterEnd, "M7A3": bareDocumentAfterEnd,
    "DK3J": zeroIndentedBlockScalar, "FP8R": zeroIndentedBlockScalar,
    "W4TN": zeroIndentedBlockScalar,
    "HWV9": documentEndOnly, "QT73": documentEndOnly,
    "JEF9/02": trailingSpacesInKeptScalar, "L24T/01": trailingSpacesInKeptScalar,

    "9HCY": directiveWithoutDocumentEnd, "EB22": directiveWithoutDocumentEnd,
    "MUS6/01": directiveWithoutDocumentEnd, "RHX7": directiveWithoutDocumentEnd,
    "MUS6/00": commentWithoutSpace, "9JBA": commentWithoutSpace, "CVW2": commentWithoutSpace,
    "SU5Z": commentWithoutSpace, "X4QW": commentWithoutSpace,
    "9C9N": flowIndentation, "DK95/01": flowIndentation, "QB6E": flowIndentation,
    "Y79Y/003": flowIndentation,
    "G5U8": dashInFlow, "YJV2": dashInFlow,
    "S98Z": "libyaml accepts leading blank lines indented deeper than the block scalar's content",
  ]
}
