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
    var phrases: [String]
    /// Folded stems of label words.
    var labelWords: [String]
    /// Folded stems of description words.
    var descriptionWords: [String]
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
        key: theme.key, phrases: theme.phrases.map { TextFolding.fold($0) }.filter { !$0.isEmpty },
        labelWords: labelWords(theme).filter { usage[$0] == 1 }.sorted(),
        descriptionWords: words(theme.description, minimum: 6).filter { usage[$0] == 1 && !commonWords.contains($0) }
          .sorted())
    }
    other = themes.first { $0.key == "other" }?.key
  }

  /// The themes of a text and the evidence for each, in taxonomy order.
  ///
  /// - Parameter phrasesOnly: use the phrases alone (the whole-article fallback).
  func themes(of text: String, phrasesOnly: Bool = false) -> [(key: String, evidence: String)] {
    let folded = TextFolding.fold(text)
    var found: [(key: String, evidence: String)] = []
    for entry in entries {
      if let hit = Corpus.firstPhraseHit(entry.phrases, in: [folded]) {
        found.append((entry.key, hit.phrase))
        continue
      }
      if phrasesOnly { continue }
      if let word = entry.labelWords.first(where: { Corpus.containsAtWordStart($0, in: folded) }) {
        found.append((entry.key, word))
        continue
      }
      let described = entry.descriptionWords.filter { Corpus.containsAtWordStart($0, in: folded) }
      if described.count >= 2 { found.append((entry.key, described.prefix(2).joined(separator: " + "))) }
    }
    return found
  }
}
