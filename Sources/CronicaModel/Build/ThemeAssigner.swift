/// Step 4 of the pipeline: themes from the taxonomy, each with the phrase that triggered it.
///
/// A theme applies when the cited text holds:
/// - one of its phrases where a word starts (case and accents folded; the end is free, so
///   `extradit` finds "extradition"), the rule `validate` checks themes by;
/// - or a word of its label, or two words of its description, that no other theme's label or
///   description uses: lower-case words of four letters or more (six for the description), not
///   stop words, not verb forms (`-ed`, `-ing`), compared from the start of a word without a
///   plural ending; description words must also be rare in the corpus being built (in at most a
///   tenth of its candidates).
///
/// An event no theme fits gets `other` when the taxonomy has it, else the theme whose phrases the
/// article's own text holds most often (evidence marked `(elsewhere in the article)`), else none
/// (and it is left out).
struct ThemeAssigner: Sendable {
  /// One theme as the assigner sees it.
  struct Entry: Sendable {
    var key: String
    /// Folded phrases.
    var phrases: [Phrase]
    /// Folded stems of label words.
    var labelWords: [Phrase]
    /// Folded stems of description words.
    var descriptionWords: [Phrase]
  }

  let entries: [Entry]
  /// The `other` theme's key, when the taxonomy has one.
  let other: String?

  init(themes: [Theme], commonWords: Set<String>, stopwords: Set<String>) {
    func words(_ text: String, minimum: Int) -> Set<String> {
      var result = Set<String>()
      for word in text.split(whereSeparator: { !$0.isLetter }) {
        guard let first = word.first, first.isLowercase else { continue }
        let folded = TextFolding.fold(String(word))
        guard folded.count >= minimum, !stopwords.contains(folded), !folded.hasSuffix("ed"), !folded.hasSuffix("ing")
        else { continue }
        result.insert(ArticleReading.stem(folded))
      }
      return result
    }
    // Labels are capitalized ("Arms trafficking"): read them lower-cased, names apart.
    func labelWords(_ theme: Theme) -> Set<String> {
      words(theme.label.split(separator: " ").map { $0.count > 1 && $0.dropFirst().allSatisfy(\.isLowercase) ? $0.lowercased() : String($0) }.joined(separator: " "), minimum: 4)
    }
    var usage: [String: Int] = [:]
    for theme in themes {
      for word in labelWords(theme).union(words(theme.description, minimum: 4)) { usage[word, default: 0] += 1 }
    }
    entries = themes.map { theme in
      Entry(
        key: theme.key, phrases: theme.phrases.map { TextFolding.fold($0) }.filter { !$0.isEmpty }.map(Phrase.init),
        labelWords: labelWords(theme).filter { usage[$0] == 1 }.sorted().map(Phrase.init),
        descriptionWords: words(theme.description, minimum: 6).filter { usage[$0] == 1 && !commonWords.contains($0) }
          .sorted().map(Phrase.init))
    }
    other = themes.first { $0.key == "other" }?.key
  }

  /// The themes of a text and the evidence for each, in taxonomy order.
  ///
  /// - Parameter phrasesOnly: use the phrases alone (the whole-article fallback).
  func themes(of text: String, phrasesOnly: Bool = false) -> [(key: String, evidence: String)] {
    let folded = Haystack(TextFolding.fold(text))
    var found: [(key: String, evidence: String)] = []
    for entry in entries {
      if let hit = entry.phrases.first(where: folded.containsAtWordStart) {
        found.append((entry.key, hit.text))
        continue
      }
      if phrasesOnly { continue }
      if let word = entry.labelWords.first(where: folded.containsAtWordStart) {
        found.append((entry.key, word.text))
        continue
      }
      let described = entry.descriptionWords.filter(folded.containsAtWordStart)
      if described.count >= 2 { found.append((entry.key, described.prefix(2).map(\.text).joined(separator: " + "))) }
    }
    return found
  }

  /// A folded phrase or word to look for; an ASCII one without CR (nearly all) also as bytes,
  /// with its pairs of adjacent bytes (`Haystack.pairBit`).
  struct Phrase: Sendable {
    var text: String
    var bytes: [UInt8]?
    var pairs: [Int] = []

    init(_ text: String) {
      self.text = text
      let bytes = Array(text.utf8)
      guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return }
      self.bytes = bytes
      pairs = zip(bytes, bytes.dropFirst()).map(Haystack.pairBit)
    }
  }

  /// A folded text that phrases are looked for in (`Corpus.containsAtWordStart`, the rule
  /// `validate` checks themes by), with the pairs of adjacent bytes it holds: a phrase with a pair
  /// the text lacks occurs nowhere in it, which rules out most phrases without a search.
  struct Haystack {
    let text: String
    let bytes: [UInt8]
    let hasCR: Bool
    /// Bit `pairBit(a, b)` is set when bytes `a b` occur in a row.
    private var pairs = [UInt64](repeating: 0, count: 8)

    init(_ text: String) {
      self.text = text
      bytes = Array(text.utf8)
      hasCR = bytes.contains(0x0D)
      for (a, b) in zip(bytes, bytes.dropFirst()) {
        let bit = Self.pairBit(a, b)
        pairs[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }

    static func pairBit(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 37 &+ Int(b)) & 511 }

    func containsAtWordStart(_ phrase: Phrase) -> Bool {
      // The byte search answers for an ASCII phrase in a text without CR (Foundation where a
      // match touches a character of several scalars); a missing pair means no byte match.
      guard let needle = phrase.bytes, !hasCR else { return Corpus.containsAtWordStart(phrase.text, in: text) }
      for bit in phrase.pairs where pairs[bit >> 6] & 1 << UInt64(bit & 63) == 0 { return false }
      let answer = needle.withUnsafeBufferPointer { needle in
        bytes.withUnsafeBufferPointer { Corpus.utf8ContainsAtWordStart(needle, in: $0) }
      }
      return answer ?? Corpus.foundationContainsAtWordStart(phrase.text, in: text)
    }
  }
}
