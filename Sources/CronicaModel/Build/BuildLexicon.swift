import Foundation

/// The word lists the chronology builder works with, for one language (`Resources/build/en.json`).
///
/// Rules are data, as the tagger's are: cue phrases and their kinds, hedges, words that make a
/// sentence a recommendation rather than an event, connectives and date phrases a title drops,
/// the places a title may be cut, and so on. See docs/extraction.md.
public struct BuildLexicon: Sendable, Decodable {
  /// A phrase that suggests an event of some kind ("took office" → appointment).
  public struct Cue: Sendable, Decodable, Hashable {
    public var phrase: String
    public var kind: String
  }

  /// The language code (`en`).
  public var language: String
  /// Frequent function words that tell this language apart.
  public var detect: [String]
  /// Event cues, phrase → kind.
  public var cues: [Cue]
  /// The cues that make a proposal more trustworthy (a clear event verb).
  public var strongCues: [String]
  /// Words that hedge a claim ("likely", "reportedly"): a title keeps them.
  public var hedges: [String]
  /// Phrases that make a sentence a recommendation ("should", "needs to"): no event.
  public var prescriptive: [String]
  /// Phrases that make a sentence conditional ("if"): no event unless it is dated.
  public var conditional: [String]
  /// Leading words a title drops ("However,", "Still,").
  public var connectives: [String]
  /// Openers of a sentence that only elaborates the one before ("This", "The program").
  public var anaphora: [String]
  /// Words that may open a leading date phrase ("In May 2017,").
  public var datePrepositions: [String]
  /// Where a clause ends within a sentence (`, but `, `, which `).
  public var boundaries: [String]
  /// What separates independent clauses, each of which may be an event of its own (`;`, ` — `).
  public var unitBoundaries: [String]
  /// Conjunctions that start an independent clause after a comma when a subject follows (`, and the…`).
  public var coordinators: [String]
  /// Words that start a subject (`the`, `its`).
  public var determiners: [String]
  /// Auxiliaries and common verbs that tell where the predicate starts (`is`, `has`, `seems`).
  public var verbs: [String]
  /// Irregular past forms the tense rules do not list ("sold", "fled"): a verb in the past.
  public var pastForms: [String]
  /// Lower-case words that may open a person's title (`then`, `former`).
  public var runStarters: [String]
  /// Words that open a leading attribution ("As Kelly said, …").
  public var asPhrases: [String]
  /// Words before which a long title may be cut.
  public var cutBefore: [String]
  /// Words that open a clause ("that", "which"): after a verb the clause is its object, never a
  /// subject's modifier a title may drop ("officials argue that many of the weapons … are").
  public var clauseWords: [String]
  /// Words of a person's title ("Secretary of State"), dropped before a name when a title is too long.
  public var titleWords: [String]
  /// The words among `titleWords` that make a run of them a person's title ("secretary").
  public var titleHeads: [String]
  /// Verbs of reporting ("said"): a title keeps who said it.
  public var reporting: [String]
  /// Line openings of captions, credits and page furniture ("Source:", "Figure").
  public var captionPrefixes: [String]
  /// Units and counted nouns that make a number a statistic ("%", "deaths").
  public var statisticUnits: [String]
  /// Words that count without digits ("thousands", "dozens"): figures too, before a unit.
  public var countWords: [String]
  /// Words that carry no meaning for merging.
  public var stopwords: [String]

  /// Loads every `*.json` file of a folder, in file-name order.
  public static func load(from directory: URL) throws(TemporalRulesError) -> [BuildLexicon] {
    try TemporalRules.decodeFiles(BuildLexicon.self, in: directory)
  }
}
