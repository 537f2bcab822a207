import AtlasModel
import Testing

/// The YAML 1.2 core schema, one plain scalar at a time: what each spelling becomes.
@Suite struct YAMLCoreSchemaTests {
  static let table: [(String, Value)] = [
    // null
    ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null),
    ("nULL", .string("nULL")), ("nil", .string("nil")), ("None", .string("None")),
    // bool: only the six core spellings; 1.1's yes/no/on/off stay strings (Norway problem)
    ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
    ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
    ("tRUE", .string("tRUE")), ("yes", .string("yes")), ("No", .string("No")),
    ("on", .string("on")), ("OFF", .string("OFF")), ("y", .string("y")),
    // decimal, octal, hexadecimal ints
    ("0", .number(0)), ("-0", .number(-0.0)), ("42", .number(42)), ("+42", .number(42)),
    ("-17", .number(-17)), ("007", .number(7)),
    // Beyond 2^53 an int becomes the nearest double, as JavaScript would hold it.
    ("12345678901234567890", .number(1.2345678901234567e19)),
    ("0x100000000000000000", .number(0x1p68)),
    ("0o17", .number(15)), ("0o0", .number(0)), ("0o8", .string("0o8")),
    ("0x1F", .number(31)), ("0xff", .number(255)), ("0xG", .string("0xG")),
    ("0x", .string("0x")), ("-0x1", .string("-0x1")), ("0b101", .string("0b101")),
    ("1_000", .string("1_000")), ("+", .string("+")), ("-.", .string("-.")),
    ("--1", .string("--1")),
    // floats
    ("1.5", .number(1.5)), ("-2.25", .number(-2.25)), ("+.5", .number(0.5)),
    (".5", .number(0.5)), ("1.", .number(1)), ("1e3", .number(1000)),
    ("1.5E-2", .number(0.015)), ("-1e+2", .number(-100)), ("6.02e23", .number(6.02e23)),
    (".", .string(".")), (".e1", .string(".e1")), ("1e", .string("1e")),
    ("1.2.3", .string("1.2.3")), ("1,5", .string("1,5")),
    (".inf", .number(.infinity)), (".Inf", .number(.infinity)), (".INF", .number(.infinity)),
    ("-.inf", .number(-.infinity)), ("+.inf", .number(.infinity)), (".iNF", .string(".iNF")),
    ("infinity", .string("infinity")),
    // everything else is a string
    ("2026-01-01T00:00:00Z", .string("2026-01-01T00:00:00Z")),
    ("2026-01-01", .string("2026-01-01")),
    ("12:30", .string("12:30")), ("v1.2", .string("v1.2")), ("hello world", .string("hello world")),
    ("-x", .string("-x")), ("née", .string("née")),
  ]

  @Test("plain scalars resolve by the YAML 1.2 core schema", arguments: table)
  func plainScalar(text: String, expected: Value) throws {
    #expect(try YAMLTestInput.value("- \(text)\n") == .array([expected]))
  }

  @Test("NaN spellings resolve to a NaN number, and a signed NaN stays a string")
  func notANumber() throws {
    for text in [".nan", ".NaN", ".NAN"] {
      guard case .array(let items) = try YAMLTestInput.value("- \(text)"),
        case .number(let n)? = items.first
      else {
        Issue.record("\(text) did not give a number")
        continue
      }
      #expect(n.isNaN, "\(text)")
    }
    #expect(try YAMLTestInput.value("- -.nan") == .array([.string("-.nan")]))
  }

  @Test("a missing value and an empty document are null")
  func emptyIsNull() throws {
    #expect(
      try YAMLTestInput.value("a:\nb: ~\n") == .object([.init("a", .null), .init("b", .null)]))
    #expect(try YAMLTestInput.values("---\n...\n") == [.null])
  }
}
