/// Whole lines told apart ignoring case: a line is one of them when it is as long as one (in
/// bytes, as it is) and, lowercased, equals one.
///
/// The lengths are held as bits, so that a line of another length (nearly every line) is turned
/// away without a look at the options (a look at each option's length took ~200 instructions a
/// line).
struct CaselessLines: Sendable {
  /// The lines, in lower-case ASCII.
  let options: [String]
  /// Bit `n` set when an option is `n` bytes long.
  private let lengths: UInt64

  /// `options` each shorter than 64 bytes.
  init(_ options: [String]) {
    precondition(options.allSatisfy { $0.utf8.count < 64 }, "CaselessLines holds lines shorter than 64 bytes")
    self.options = options
    lengths = options.reduce(0) { $0 | 1 << $1.utf8.count }
  }

  /// Whether `line` is one of the options, ignoring case.
  func contains(_ line: String) -> Bool {
    let length = line.utf8.count
    guard length < 64, lengths & 1 << length != 0 else { return false }
    return options.contains(line.lowercased())
  }
}
