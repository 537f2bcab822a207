/// One libyaml parse event, copied out of C memory into Swift values so the C event can
/// be freed at once (NOTES P15). Scalars arrive already resolved to a `Value`: resolving
/// straight from libyaml's bytes avoids building a `String` for numbers, booleans and nulls.
enum YAMLEvent {
  /// Where an event starts, 1-based.
  struct Mark {
    var line: Int
    var column: Int
  }

  case streamStart
  case streamEnd
  case documentStart
  case documentEnd
  case sequenceStart(anchor: String?, at: Mark)
  case sequenceEnd
  case mappingStart(anchor: String?, at: Mark)
  case mappingEnd
  case scalar(Value, anchor: String?, at: Mark)
  case alias(anchor: String, at: Mark)
}
