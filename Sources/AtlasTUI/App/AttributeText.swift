import AtlasModel

/// How an attribute value reads on one line of the record pane: strings as they are (the
/// canvas shows their newlines as visible `\n`), numbers as JavaScript prints them,
/// `true`/`false`/`null`, and arrays and objects as compact JSON.
public enum AttributeText {
  public static func inline(_ value: Value) -> String {
    switch value {
    case .string(let s): return s
    case .number(let d): return JSNumberFormat.string(d)
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .array, .object: return JSONText.compact(value)
    }
  }
}
