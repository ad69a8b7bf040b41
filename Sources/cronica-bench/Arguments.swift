/// Parsed command line: the subcommand, its positional arguments and its `--name value` options.
struct Arguments {
  var command: String
  var positional: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []

  /// Splits `arguments` (without the program name); flags are the options that take no value.
  init(_ arguments: [String], flags known: Set<String>) throws(BenchError) {
    guard let first = arguments.first else { throw BenchError(usage) }
    command = first
    var rest = arguments.dropFirst()
    while let argument = rest.popFirst() {
      if known.contains(argument) {
        flags.insert(argument)
      } else if argument.hasPrefix("--") {
        guard let value = rest.popFirst() else { throw BenchError("\(argument) needs a value\n\(usage)") }
        options[argument] = value
      } else {
        positional.append(argument)
      }
    }
  }
}
