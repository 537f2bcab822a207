import AtlasModel

/// Small front doors to `YAMLReader` for tests written with YAML text inline.
enum YAMLTestInput {
  static func values(_ text: String, limits: ReaderLimits = .standard) throws(ReadError) -> [Value]
  {
    try YAMLReader.documents(in: Array(text.utf8), limits: limits).map(\.value)
  }

  /// The single document of `text`; a test fails if there is not exactly one.
  static func value(_ text: String, limits: ReaderLimits = .standard) throws -> Value {
    let all = try values(text, limits: limits)
    guard all.count == 1, let only = all.first else {
      throw Unexpected(message: "expected one document, got \(all.count)")
    }
    return only
  }

  static func nodes(_ text: String) throws(ReadError) -> [Node] {
    try YAMLReader.documents(in: Array(text.utf8))
  }

  struct Unexpected: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
