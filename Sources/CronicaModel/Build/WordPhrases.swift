/// Phrases as sequences of lower-case tokens, matched against a `TemporalText`'s tokens.
///
/// Phrases are split by the same scanner as the text (`U.S.` stays one word, `%` is a token), so a
/// phrase matches exactly where its words occur in a row.
struct WordPhrases: Sendable {
  /// A phrase's words, as the scanner splits text (lower-case tokens), and its value.
  typealias Phrase = (words: [String], value: String)

  /// By the word number of their first token (its index in the lexicon's `WordTable`, as
  /// `Token.word`): the phrases' remaining tokens' word numbers and their values, longest first.
  let byFirst: [[(rest: [Int32], value: String)]]
  /// One-word phrases by lemma, when other forms of a word match too (`capturing` for `captured`).
  let byLemma: [String: String]
  /// `byLemma` is not empty (read for every token `match` is asked about; both are `let`s set
  /// together in `init`, so they cannot drift apart).
  let hasLemmas: Bool
  /// The list whose bit marks a token that starts one of the phrases (`Token.lists`).
  let list: WordList

  /// Splits `(phrase, value)` pairs into words; empty phrases are left out.
  static func split(_ phrases: [(phrase: String, value: String)], abbreviations: Set<String>) -> [Phrase] {
    phrases.compactMap { phrase, value in
      let words = TemporalText(phrase, abbreviations: abbreviations).lowerWords
      return words.isEmpty ? nil : (words, value)
    }
  }

  /// Compiles phrases whose every word is in `table`.
  ///
  /// - Parameter inflected: one-word phrases also match the `-ed` and `-ing` forms of their word
  ///   (`capturing`, `hosted`), in lower-case text only.
  init(_ phrases: [Phrase], list: WordList, inflected: Bool = false, table: WordTable) {
    self.list = list
    var byFirst = [[(rest: [Int32], value: String)]](repeating: [], count: table.words.count)
    var byLemma: [String: String] = [:]
    // (-2 for a word the table lacks, which no token's number is: never the case.)
    func number(_ word: String) -> Int32 { Int32(table.index(of: word) ?? -2) }
    for (words, value) in phrases {
      guard let first = words.first, let index = table.index(of: first) else { continue }
      byFirst[index].append((words.dropFirst().map(number), value))
      if inflected, words.count == 1, first.count > 3, byLemma[Self.lemma(first)] == nil {
        byLemma[Self.lemma(first)] = value
      }
    }
    // The longest phrase first, so that `match(at:)` finds it.
    for index in byFirst.indices where byFirst[index].count > 1 { byFirst[index].sort { $0.rest.count > $1.rest.count } }
    self.byFirst = byFirst
    self.byLemma = byLemma
    hasLemmas = !byLemma.isEmpty
  }

  /// The longest phrase starting at token `index` and ending before `limit`: its value and its token count.
  ///
  /// Inlined where it is asked: most tokens start no phrase and can start none by their lemma
  /// either (not in the list, and capitalized, not a word, or no lemmas to match), and such a
  /// token is answered from its fields without a call (a call cost ~45 instructions, most of
  /// them saving and restoring registers; ~690k calls on 10k tiny articles).
  @inline(__always)
  func match(in text: TemporalText, at index: Int, limit: Int) -> (value: String, count: Int)? {
    guard index < limit, mayMatch(in: text, at: index) else { return nil }
    return phraseOrLemma(in: text, at: index, limit: limit)
  }

  /// False when token `index` starts no phrase: not in the list, and not a lower-case word whose
  /// last byte may end "-ed" or "-ing" with lemmas to look up. (Only "-ed" and "-ing" forms: "-s"
  /// would take nouns for verbs, "issues" for "issued".)
  @inline(__always)
  func mayMatch(in text: TemporalText, at index: Int) -> Bool {
    let token = text.tokens[index]
    if token.isIn(list) { return true }
    guard hasLemmas, token.kind == .word, !token.capitalized else { return false }
    // A word whose last byte is ASCII but neither "d" nor "g" (either case) ends in neither
    // "-ed" nor "-ing" (most words): its last character is that byte, or ends with it, and
    // lower case maps it to itself or its ASCII lower case. (Only the last byte is read.)
    let last = text.bytes[token.end - 1]
    return last >= 0x80 || last | 0x20 == UInt8(ascii: "d") || last | 0x20 == UInt8(ascii: "g")
  }

  /// `match` for a token before `limit` that `mayMatch` let through: a token in the list by its
  /// phrases, any other by its lemma.
  @inline(never)
  private func phraseOrLemma(in text: TemporalText, at index: Int, limit: Int) -> (value: String, count: Int)? {
    let token = text.tokens[index]
    // A token in the list is a phrase's first word, so it has a number (`Token.lists` is set only
    // with `Token.word`).
    guard token.isIn(list), token.word >= 0 else {
      guard text.lower(index, endsWith: "ed", longerThan: 3) || text.lower(index, endsWith: "ing", longerThan: 3),
        let value = byLemma[Self.lemma(text.lower(index))]
      else { return nil }
      return (value, 1)
    }
    // Words compared by number: equal numbers are equal lower-case texts (`WordTable`).
    for option in byFirst[Int(token.word)] where index + option.rest.count < limit {
      var matched = true
      for (offset, word) in option.rest.enumerated() where text.tokens[index + 1 + offset].word != word {
        matched = false
        break
      }
      if matched { return (option.value, option.rest.count + 1) }
    }
    return nil
  }

  /// Every match in `range` of tokens, left to right, not overlapping.
  func matches(in text: TemporalText, range: Range<Int>) -> [(token: Int, value: String, count: Int)] {
    var found: [(token: Int, value: String, count: Int)] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let hit = match(in: text, at: index, limit: range.upperBound) {
        found.append((index, hit.value, hit.count))
        index += hit.count
      } else {
        index += 1
      }
    }
    return found
  }

  func occurs(in text: TemporalText, range: Range<Int>) -> Bool {
    range.contains { match(in: text, at: $0, limit: range.upperBound) != nil }
  }

  /// A word without its inflection: `-ing`, `-ed`, `-es`, `-s` and then a final `e` removed
  /// (`charged`, `charges`, `charging`, `charge` → `charg`).
  static func lemma(_ word: String) -> String {
    var result = Substring(word)
    for suffix in ["ing", "ed", "es", "s"] where result.count > suffix.count + 3 && result.hasSuffix(suffix) {
      result = result.dropLast(suffix.count)
      break
    }
    if result.count > 4, result.hasSuffix("e") { result = result.dropLast() }
    return String(result)
  }
}
