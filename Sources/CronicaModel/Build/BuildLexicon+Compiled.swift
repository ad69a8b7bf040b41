extension BuildLexicon {
  /// A language's lists compiled for matching on tokens.
  struct Compiled: Sendable {
    let language: String
    let detect: Set<String>
    let cues: WordPhrases
    let strongCues: Set<String>
    let hedges: WordPhrases
    let prescriptive: WordPhrases
    let conditional: WordPhrases
    let connectives: WordPhrases
    let anaphora: WordPhrases
    let datePrepositions: Set<String>
    let boundaries: WordPhrases
    let unitBoundaries: Set<String>
    let coordinators: Set<String>
    let determiners: Set<String>
    let verbs: Set<String>
    let pastForms: Set<String>
    /// Words that are verbs whatever their ending: `verbs`, `pastForms` and the tense rules' words.
    let verbForms: Set<String>
    let runStarters: Set<String>
    let asPhrases: Set<String>
    let cutBefore: Set<String>
    let clauseWords: Set<String>
    let titleWords: Set<String>
    let titleHeads: Set<String>
    let reporting: WordPhrases
    let captionPrefixes: WordPhrases
    let statisticUnits: WordPhrases
    let countWords: Set<String>
    let stopwords: Set<String>

    init(_ lexicon: BuildLexicon, rules: TemporalRules) {
      let abbreviations = rules.abbreviations
      func phrases(_ list: [String]) -> WordPhrases { WordPhrases(list, abbreviations: abbreviations) }
      func words(_ list: [String]) -> Set<String> {
        Set(list.flatMap { TemporalText($0, abbreviations: abbreviations).tokens.map(\.lower) })
      }
      language = lexicon.language
      detect = Set(lexicon.detect)
      cues = WordPhrases(lexicon.cues.map { ($0.phrase, $0.kind) }, abbreviations: abbreviations, inflected: true)
      strongCues = Set(lexicon.strongCues)
      hedges = phrases(lexicon.hedges)
      prescriptive = phrases(lexicon.prescriptive)
      conditional = phrases(lexicon.conditional)
      connectives = phrases(lexicon.connectives)
      anaphora = phrases(lexicon.anaphora)
      datePrepositions = words(lexicon.datePrepositions)
      boundaries = phrases(lexicon.boundaries)
      unitBoundaries = words(lexicon.unitBoundaries)
      coordinators = words(lexicon.coordinators)
      determiners = words(lexicon.determiners)
      verbs = words(lexicon.verbs)
      pastForms = words(lexicon.pastForms)
      verbForms = verbs.union(pastForms).union(rules.pastWords).union(rules.futureWords)
      runStarters = words(lexicon.runStarters)
      asPhrases = words(lexicon.asPhrases)
      cutBefore = words(lexicon.cutBefore)
      clauseWords = words(lexicon.clauseWords)
      titleWords = words(lexicon.titleWords + lexicon.titleHeads)
      titleHeads = words(lexicon.titleHeads)
      reporting = phrases(lexicon.reporting)
      captionPrefixes = phrases(lexicon.captionPrefixes)
      statisticUnits = phrases(lexicon.statisticUnits)
      countWords = words(lexicon.countWords)
      stopwords = words(lexicon.stopwords)
    }
  }
}
