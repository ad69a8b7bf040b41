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
  /// One theme as the assigner sees it: where its words are in `phrases`.
  struct Entry: Sendable {
    var key: String
    /// Folded phrases.
    var phrases: Range<Int>
    /// Folded stems of label words.
    var labelWords: Range<Int>
    /// Folded stems of description words.
    var descriptionWords: Range<Int>
  }

  let entries: [Entry]
  /// Every theme's phrases, label words and description words, theme after theme.
  let phrases: Phrases
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
    var phrases = Phrases()
    entries = themes.map { theme in
      Entry(
        key: theme.key, phrases: phrases.append(theme.phrases.map { TextFolding.fold($0) }.filter { !$0.isEmpty }),
        labelWords: phrases.append(labelWords(theme).filter { usage[$0] == 1 }.sorted()),
        descriptionWords: phrases.append(
          words(theme.description, minimum: 6).filter { usage[$0] == 1 && !commonWords.contains($0) }.sorted()))
    }
    self.phrases = phrases
    other = themes.first { $0.key == "other" }?.key
  }

  /// The themes of a text and the evidence for each, in taxonomy order.
  ///
  /// - Parameter phrasesOnly: use the phrases alone (the whole-article fallback).
  func themes(of text: String, phrasesOnly: Bool = false) -> [(key: String, evidence: String)] {
    themes(in: Haystack(folding: text), phrasesOnly: phrasesOnly)
  }

  /// The themes of a text already folded into a haystack (which the event's summary reads too).
  func themes(in folded: Haystack, phrasesOnly: Bool = false) -> [(key: String, evidence: String)] {
    var found: [(key: String, evidence: String)] = []
    for entry in entries {
      if let hit = entry.phrases.first(where: { phrases.occurs($0, in: folded) }) {
        found.append((entry.key, phrases.texts[hit]))
        continue
      }
      if phrasesOnly { continue }
      if let word = entry.labelWords.first(where: { phrases.occurs($0, in: folded) }) {
        found.append((entry.key, phrases.texts[word]))
        continue
      }
      // The first two description words found (no list of them all).
      var first: Int?
      for word in entry.descriptionWords where phrases.occurs(word, in: folded) {
        if let first {
          found.append((entry.key, phrases.texts[first] + " + " + phrases.texts[word]))
          break
        }
        first = word
      }
    }
    return found
  }

  /// Folded phrases and words to look for (`Corpus.containsAtWordStart`, the rule `validate`
  /// checks themes by); an ASCII one without CR (nearly all) also as bytes, with the pairs of
  /// adjacent bytes it holds (`Haystack.pairs`), all as plain data.
  struct Phrases: Sendable {
    private(set) var texts: [String] = []
    /// Each one's bytes in `pool`; nil when it is not plain ASCII.
    private var bytes: [Range<Int>?] = []
    private var pairs: [SIMD8<UInt64>] = []
    private var pool: [UInt8] = []

    /// Adds phrases; returns their indices.
    mutating func append(_ list: [String]) -> Range<Int> {
      let start = texts.count
      for text in list {
        texts.append(text)
        let utf8 = Array(text.utf8)
        if !utf8.isEmpty, utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
          bytes.append(pool.count..<pool.count + utf8.count)
          pool += utf8
        } else {
          bytes.append(nil)
        }
        pairs.append(Haystack.pairs(of: utf8))
      }
      return start..<texts.count
    }

    /// True when phrase `index` starts a word of the text.
    func occurs(_ index: Int, in text: Haystack) -> Bool {
      // A pair the text lacks means no byte match (most phrases of most texts).
      if bytes[index] != nil, !text.hasCR, !text.holds(pairs[index]) { return false }
      return search(index, in: text)
    }

    /// `occurs` past the pair test. (A function of its own: the search's Unicode checks make room
    /// on the stack for types of the standard library on every call, which cost more than the
    /// pair test that answers most calls.)
    @inline(never) private func search(_ index: Int, in text: Haystack) -> Bool {
      // The byte search answers for an ASCII phrase in a text without CR (Foundation where a
      // match touches a character of several scalars).
      guard let range = bytes[index], !text.hasCR else { return Corpus.containsAtWordStart(texts[index], in: text.text) }
      let answer = pool.withUnsafeBufferPointer { pool in
        text.bytes.withUnsafeBufferPointer { Corpus.utf8ContainsAtWordStart(UnsafeBufferPointer(rebasing: pool[range]), in: $0) }
      }
      return answer ?? Corpus.foundationContainsAtWordStart(texts[index], in: text.text)
    }
  }

  /// A folded text that phrases are looked for in, with the pairs of adjacent bytes it holds:
  /// a phrase with a pair the text lacks occurs nowhere in it, which rules out most phrases
  /// without a search.
  struct Haystack {
    /// The folded text; nil when it is `bytes`, all ASCII (made only for the rare search that
    /// needs a string).
    private let folded: String?
    let bytes: [UInt8]
    let hasCR: Bool
    let pairs: SIMD8<UInt64>

    /// The folded text (made on each call for an ASCII text: asked only by the fallback search,
    /// for a haystack with a CR or a phrase that is not plain ASCII).
    var text: String { folded ?? String(decoding: bytes, as: UTF8.self) }

    /// True when the bytes are an ASCII text's own, lowered (`init(folding:)`): every run of its
    /// letters is in them as it is, in lower case.
    var isLoweredASCII: Bool { folded == nil }

    /// A text already folded.
    init(_ text: String) { self.init(folded: text, bytes: Array(text.utf8)) }

    private init(folded: String?, bytes: [UInt8]) {
      self.folded = folded
      self.bytes = bytes
      hasCR = bytes.contains(0x0D)
      pairs = Self.pairs(of: bytes)
    }

    /// A text folded here: an ASCII one by lowering its bytes (as `TextFolding.fold` does), with
    /// no folded string made.
    init(folding text: String) {
      var copy = text
      let lowered = copy.withUTF8 { utf8 -> [UInt8]? in
        guard String.isASCII(utf8) else { return nil }
        return [UInt8](unsafeUninitializedCapacity: utf8.count) { output, count in
          TextFolding.lowerASCII(utf8, into: output)
          count = utf8.count
        }
      }
      if let lowered {
        self.init(folded: nil, bytes: lowered)
      } else {
        self.init(TextFolding.fold(text))
      }
    }

    /// Whether the text holds every pair of `pairs` (a phrase's): no bit of them is missing from
    /// its own. (Branch-free: every lane's missing bits OR-ed, then one compare; measured against
    /// the masked vectors' `==`, ThemeAssigner.themes 98M → 68M instructions on 10k tiny articles.)
    @inline(__always)
    func holds(_ pairs: SIMD8<UInt64>) -> Bool {
      let missing = pairs & ~self.pairs
      return (missing[0] | missing[1] | missing[2] | missing[3] | missing[4] | missing[5] | missing[6] | missing[7]) == 0
    }

    /// Bit `(37 a + b) mod 512` set for each pair of bytes `a b` in a row.
    static func pairs(of bytes: [UInt8]) -> SIMD8<UInt64> {
      var pairs = SIMD8<UInt64>()
      // Set through a pointer to its words (a vector's element picked by a variable index is
      // moved out of its register and back for every byte).
      withUnsafeMutablePointer(to: &pairs) { vector in
        vector.withMemoryRebound(to: UInt64.self, capacity: 8) { words in
          bytes.withUnsafeBufferPointer { bytes in
            for index in bytes.indices.dropFirst() {
              let bit = (Int(bytes[index - 1]) &* 37 &+ Int(bytes[index])) & 511
              words[bit >> 6] |= 1 << UInt64(bit & 63)
            }
          }
        }
      }
      return pairs
    }
  }
}
