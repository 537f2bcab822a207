internal import CYaml

/// The floor for YAML loading: libyaml's own event scan over a file, building nothing.
/// Our loader cannot be faster than this; the benchmark prints how far above it we are.
public enum LibyamlScan {
  /// Scans `bytes` and returns the number of events (so the work cannot be skipped).
  public static func events(in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer -> Int in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return 0 }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var count = 0
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        let done = event.type == YAML_STREAM_END_EVENT
        yaml_event_delete(&event)
        count += 1
        if done { break }
      }
      return count
    }
  }
}
