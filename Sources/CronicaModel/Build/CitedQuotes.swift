/// An event's citations and their quotes' text folded once (one quote as it is, or all joined by
/// newlines): the themes search the haystack, and the summary's hedge pre-check reads its pairs.
/// The pre-check is sound only for the text of these very quotes, so the two are made together
/// here and nowhere else (there is no other initializer).
struct CitedQuotes {
  let citations: [Citation]
  let haystack: ThemeAssigner.Haystack

  init(_ citations: [Citation]) {
    self.citations = citations
    // One quote is searched as it is (joining one would copy it).
    haystack = ThemeAssigner.Haystack(
      folding: citations.count == 1 ? citations[0].quote : citations.map(\.quote).joined(separator: "\n"))
  }

  /// When false, no quote holds a hedge that `SupportText.hedge(in:)` finds.
  var mayHedge: Bool { HedgePairs.hedges.mayOccur(in: haystack) }
}

/// The pairs of adjacent bytes (`ThemeAssigner.Haystack.pairs`) of each hedge and of each hedge
/// phrase's words: a lowered text that lacks a pair of each holds none of them.
struct HedgePairs: Sendable {
  private let hedges: [SIMD8<UInt64>]
  private let phrases: [[SIMD8<UInt64>]]

  init(_ hedges: Set<String>) {
    self.hedges = hedges.sorted().map { ThemeAssigner.Haystack.pairs(of: Array($0.utf8)) }
    phrases = SupportWords.hedgePhraseWords.map { $0.map { ThemeAssigner.Haystack.pairs(of: Array($0.utf8)) } }
  }

  /// When false, `SupportText.hedge(in:words:)` with `HedgeWords(hedges)` finds nothing in the
  /// text of a haystack lowered from ASCII: none of the hedges, and none of the hedge phrases'
  /// words all together, has all its pairs of bytes in it (a word found is in the lowered bytes as
  /// it is). True for any other haystack: it may hold one. (True does not mean a hedge is there.)
  func mayOccur(in text: ThemeAssigner.Haystack) -> Bool {
    guard text.isLoweredASCII else { return true }
    return hedges.contains { text.holds($0) } || phrases.contains { $0.allSatisfy { text.holds($0) } }
  }

  /// The pairs of `HedgeWords.hedges`, the words `SupportText.hedge(in:)` reads by default.
  static let hedges = HedgePairs(SupportWords.hedges)
}
