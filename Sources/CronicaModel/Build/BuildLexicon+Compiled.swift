extension BuildLexicon {
  /// A language's lists compiled for matching on tokens (a class: every article's reading holds
  /// one, and a reference costs one count where a copy of the lists costs one per list).
  final class Compiled: Sendable {
    let language: String
    /// The temporal rules the lists were compiled with (their tense words and endings).
    let rules: TemporalRules
    let detect: WordTable
    let cues: WordPhrases
    let strongCues: Set<String>
    let hedges: WordPhrases
    let prescriptive: WordPhrases
    let conditional: WordPhrases
    let connectives: WordPhrases
    let anaphora: WordPhrases
    let boundaries: WordPhrases
    let reporting: WordPhrases
    let captionPrefixes: WordPhrases
    let statisticUnits: WordPhrases
    let stopwords: Set<String>
    /// Every word of the lists and of the tagger's vocabulary, and by its index there the lists it
    /// is in (bits of `WordList`) and its id in the vocabulary (-1 for none): an article's tokens
    /// are looked up once, by their bytes (`ArticleReading` sets `Token.lists` and hands the ids
    /// to the tagger), then every list is asked by a bit test. (No word of the lists is canonically
    /// equal to ASCII text unless it is ASCII, as a test checks: the bytes find what the words did.)
    let words: WordTable
    let entries: [(lists: UInt32, temporalID: Int32)]
    /// By the same index: the tense the word cues (`TemporalRules.cue`; every word of the tense
    /// lists is in the table, so a word outside it cues only by its ending).
    let tenseCues: [TemporalTense?]

    init(_ lexicon: BuildLexicon, rules: TemporalRules, vocabulary: TemporalVocabulary) {
      let abbreviations = rules.abbreviations
      var lists: [String: UInt32] = [:]
      // A phrase list marks its first words; all its words are numbered (`Token.word`).
      var split: [WordList: [WordPhrases.Phrase]] = [:]
      func phrases(_ list: [(String, String)], _ bit: WordList) {
        let found = WordPhrases.split(list, abbreviations: abbreviations)
        for phrase in found {
          lists[phrase.words[0], default: 0] |= 1 << bit.rawValue
          for word in phrase.words.dropFirst() where lists[word] == nil { lists[word] = 0 }
        }
        split[bit] = found
      }
      func plain(_ list: [String], _ bit: WordList) { phrases(list.map { ($0, $0) }, bit) }
      @discardableResult func words(_ list: [String], _ bit: WordList) -> Set<String> {
        let found = Set(list.flatMap { TemporalText($0, abbreviations: abbreviations).lowerWords })
        for word in found { lists[word, default: 0] |= 1 << bit.rawValue }
        return found
      }
      language = lexicon.language
      self.rules = rules
      detect = WordTable(Set(lexicon.detect))
      phrases(lexicon.cues.map { ($0.phrase, $0.kind) }, .cues)
      strongCues = Set(lexicon.strongCues)
      plain(lexicon.hedges, .hedges)
      plain(lexicon.prescriptive, .prescriptive)
      plain(lexicon.conditional, .conditional)
      plain(lexicon.connectives, .connectives)
      plain(lexicon.anaphora, .anaphora)
      plain(lexicon.boundaries, .boundaries)
      plain(lexicon.reporting, .reporting)
      plain(lexicon.captionPrefixes, .captionPrefixes)
      plain(lexicon.statisticUnits, .statisticUnits)
      words(lexicon.datePrepositions, .datePrepositions)
      words(lexicon.unitBoundaries, .unitBoundaries)
      words(lexicon.coordinators, .coordinators)
      words(lexicon.determiners, .determiners)
      let verbs = words(lexicon.verbs, .verbs)
      let pastForms = words(lexicon.pastForms, .pastForms)
      for word in verbs.union(pastForms).union(rules.pastWords).union(rules.futureWords) {
        lists[word, default: 0] |= 1 << WordList.verbForms.rawValue
      }
      words(lexicon.runStarters, .runStarters)
      words(lexicon.asPhrases, .asPhrases)
      words(lexicon.cutBefore, .cutBefore)
      words(lexicon.clauseWords, .clauseWords)
      words(lexicon.titleWords + lexicon.titleHeads, .titleWords)
      words(lexicon.titleHeads, .titleHeads)
      words(lexicon.countWords, .countWords)
      stopwords = words(lexicon.stopwords, .stopwords)
      var table = lists.mapValues { (lists: $0, temporalID: Int32(-1)) }
      for (word, id) in vocabulary.ids { table[word, default: (0, -1)].temporalID = id }
      let numbered = WordTable(Set(table.keys))
      self.words = numbered
      entries = numbered.words.map { table[$0] ?? (0, -1) }
      tenseCues = numbered.words.map { rules.cue($0) }
      func compiled(_ bit: WordList, inflected: Bool = false) -> WordPhrases {
        WordPhrases(split[bit] ?? [], list: bit, inflected: inflected, table: numbered)
      }
      cues = compiled(.cues, inflected: true)
      hedges = compiled(.hedges)
      prescriptive = compiled(.prescriptive)
      conditional = compiled(.conditional)
      connectives = compiled(.connectives)
      anaphora = compiled(.anaphora)
      boundaries = compiled(.boundaries)
      reporting = compiled(.reporting)
      captionPrefixes = compiled(.captionPrefixes)
      statisticUnits = compiled(.statisticUnits)
    }
  }
}

/// The word lists of a language that tokens are looked up in (`Token.isIn`): the first words of
/// its phrase lists, and its lists of single words (`verbForms`: verbs, past forms and the tense
/// rules' words).
enum WordList: Int {
  case cues, hedges, prescriptive, conditional, connectives, anaphora, boundaries, reporting, captionPrefixes
  case statisticUnits, datePrepositions, unitBoundaries, coordinators, determiners, verbs, pastForms, verbForms
  case runStarters, asPhrases, cutBefore, clauseWords, titleWords, titleHeads, countWords, stopwords
}

extension TemporalText.Token {
  /// True when the token's word is in a list of the builder's lexicon. (Inlined: a call copied the
  /// whole token to the stack.)
  @inline(__always) func isIn(_ list: WordList) -> Bool { lists & 1 << list.rawValue != 0 }
}
