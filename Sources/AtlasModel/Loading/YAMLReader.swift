internal import CYaml

/// Reads a YAML stream with libyaml into `Node`s (one per document).
/// TO BE IMPLEMENTED by the YAML reader work: see the helper brief.
public enum YAMLReader {
  public static func documents(
    in bytes: [UInt8], limits: ReaderLimits = .standard
  ) throws(ReadError) -> [Node] {
    throw ReadError(line: 1, column: 1, message: "YAML reader not implemented yet")
  }
}
