import AtlasModel
import Testing

/// Numbers must print as JavaScript's JSON.stringify prints them, because the atlas UI
/// that defines the payload is JavaScript. Expected strings are what node prints.
@Suite struct JSNumberFormatTests {
  @Test(arguments: [
    (0.0, "0"), (-0.0, "0"), (1, "1"), (-1, "-1"), (1.5, "1.5"), (0.1, "0.1"),
    (0.873, "0.873"), (100, "100"), (30000, "30000"), (1e20, "100000000000000000000"),
    (1e21, "1e+21"), (1.2345e22, "1.2345e+22"), (1e-6, "0.000001"), (1e-7, "1e-7"),
    (1.5e-10, "1.5e-10"), (-1.5e-10, "-1.5e-10"), (123.456, "123.456"),
    (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
    (9007199254740993, "9007199254740992"), (0.000123, "0.000123"), (1234.5e-2, "12.345"),
  ] as [(Double, String)])
  func printsLikeJavaScript(value: Double, expected: String) {
    #expect(JSNumberFormat.string(value) == expected)
  }

  @Test func nonFiniteNumbersPrintAsNullLikeJSONStringify() {
    #expect(JSNumberFormat.string(.nan) == "null")
    #expect(JSNumberFormat.string(.infinity) == "null")
    #expect(JSNumberFormat.string(-.infinity) == "null")
  }
}
