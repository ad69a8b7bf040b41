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

  /// The choices nearest to a value: those containing it (or contained in it) first, then by edit
  /// distance; ties go to the earlier choice. One pass that keeps the best `limit` so far, so a
  /// typo among a million event ids costs little more than reading them.
  static func closest(to value: String, among all: [String], limit: Int) -> [String] {
    let needle = TextFolding.fold(value)
    let needleLetters = Array(needle)
    var best: [(score: Int, index: Int)] = []
    for (index, choice) in all.enumerated() where limit > 0 {
      let folded = TextFolding.fold(choice)
      let contains =
        !needle.isEmpty && (folded.verbatimUTF8Range(of: needle) != nil || needle.verbatimUTF8Range(of: folded) != nil)
      let bonus = contains ? 1000 : 0
      // A choice enters only with a score below the worst one kept (earlier choices win ties).
      let cap = best.count == limit ? best[limit - 1].score + bonus : .max
      let distance = TextFolding.editDistance(needleLetters, Array(folded), cap: cap)
      guard distance < cap else { continue }
      let score = distance - bonus
      best.insert((score, index), at: best.firstIndex { $0.score > score } ?? best.endIndex)
      if best.count > limit { best.removeLast() }
    }
    return best.map { all[$0.index] }
  }
}
