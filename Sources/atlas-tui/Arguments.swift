/// What the command line asks for. Parsed by hand: the project takes no outside packages.
enum Command: Equatable {
  /// Browse the catalog at `path` (nil: the bundled Fixtures/atlas).
  case browse(path: String?, theme: String?, noColor: Bool)
  /// Print one record's payload.
  case show(id: String, catalog: String?)
  /// List every diagnostic of the catalog at `path`, then a summary.
  case check(path: String?, json: Bool)
  /// Print the values the loader reads from one file.
  case parse(file: String)
  case help
  case version
}

/// A command line that does not parse; the message says which word was wrong.
struct UsageError: Error, Equatable {
  var message: String
}

enum Arguments {
  /// Parses the arguments after the program name.
  static func parse(_ arguments: [String]) throws(UsageError) -> Command {
    var tokens = Token.split(arguments)[...]
    if tokens.contains(.option("--help", nil)) || tokens.contains(.option("-h", nil)) {
      return .help
    }
    if tokens.contains(.option("--version", nil)) { return .version }
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []
    let subcommand: String? =
      switch tokens.first {
      case .word(let word) where ["show", "check", "parse"].contains(word): word
      default: nil
      }
    if subcommand != nil { tokens.removeFirst() }
    let valued: Set<String> =
      switch subcommand {
      case "show": ["--catalog"]
      case nil: ["--theme"]
      default: []
      }
    let switches: Set<String> =
      switch subcommand {
      case "check": ["--json"]
      case nil: ["--no-color"]
      default: []
      }

    while let token = tokens.popFirst() {
      switch token {
      case .word(let word):
        positional.append(word)
      case .option(let name, let inline) where valued.contains(name):
        if let inline {
          options[name] = inline
        } else if case .word(let value)? = tokens.first {
          tokens.removeFirst()
          options[name] = value
        } else {
          throw UsageError(message: "\(name) needs a value")
        }
      case .option(let name, nil) where switches.contains(name):
        flags.insert(name)
      case .option(let name, _):
        throw UsageError(message: "unknown option '\(name)'")
      }
    }
    guard positional.count <= 1 else {
      throw UsageError(message: "unexpected argument '\(positional[1])'")
    }
    switch subcommand {
    case "show":
      guard let id = positional.first else { throw UsageError(message: "show needs a record ID") }
      return .show(id: id, catalog: options["--catalog"])
    case "check":
      return .check(path: positional.first, json: flags.contains("--json"))
    case "parse":
      guard let file = positional.first else { throw UsageError(message: "parse needs a FILE") }
      return .parse(file: file)
    default:
      break
    }
    return .browse(
      path: positional.first, theme: options["--theme"], noColor: flags.contains("--no-color"))
  }
}

/// One command-line word: an option (`--name` or `--name=value`) or anything else. After
/// `--` every word is positional, so a path may start with a dash.
private enum Token: Equatable {
  case option(String, String?)
  case word(String)

  static func split(_ arguments: [String]) -> [Token] {
    var tokens: [Token] = []
    var onlyWords = false
    for argument in arguments {
      if onlyWords || argument == "-" || !argument.hasPrefix("-") {
        tokens.append(.word(argument))
      } else if argument == "--" {
        onlyWords = true
      } else if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        let value = argument[argument.index(after: equals)...]
        tokens.append(.option(String(argument[..<equals]), String(value)))
      } else {
        tokens.append(.option(argument, nil))
      }
    }
    return tokens
  }
}
