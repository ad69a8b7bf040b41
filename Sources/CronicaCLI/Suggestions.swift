import CronicaModel

/// Lists of valid choices for error messages: all of them when few, the closest ones when many.
enum Suggestions {
  /// How many choices are listed in full before only the closest ones are named.
  static let fullListLimit = 12

  /// `valid: a, b, c` when there are few choices, else `closest: x, y (N in all; see <where>)`.
  static func choices(for value: String, among all: [String], listedBy command: String) -> String {
    if all.isEmpty { return "there are none" }
    if all.count <= fullListLimit { return "valid: " + all.joined(separator: ", ") }
    let close = closest(to: value, among: all, limit: 5)
    return "closest: " + close.joined(separator: ", ") + " (\(all.count) in all; see `\(command)`)"
  }

  /// The choices nearest to a value: those containing it (or contained in it) first, then by edit distance.
  static func closest(to value: String, among all: [String], limit: Int) -> [String] {
    let needle = TextFolding.fold(value)
    let scored = all.enumerated().map { index, choice -> (score: Int, index: Int, choice: String) in
      let folded = TextFolding.fold(choice)
      let contains = !needle.isEmpty && (folded.contains(needle) || needle.contains(folded))
      let distance = TextFolding.editDistance(Array(needle), Array(folded))
      return (contains ? distance - 1000 : distance, index, choice)
    }
    return scored.sorted { ($0.score, $0.index) < ($1.score, $1.index) }.prefix(limit).map(\.choice)
  }
}
