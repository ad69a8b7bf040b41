/// A place where an event may say more than the passages it cites (`Event.supportWarnings()`).
///
/// Verbatim quotes are not enough: a title or summary must say no more than its quotes (no
/// figure they lack, no certainty they hedge), and a quote must be a whole clause of the
/// article's own text. These checks are mechanical and conservative; a warning asks a person to
/// look, it does not stop a load.
public struct SupportWarning: Hashable, Sendable {
  public enum Rule: String, CaseIterable, Sendable {
    /// A number in the title or summary that no cited quote contains (years within the event's
    /// own interval excepted).
    case unquotedNumber = "number"
    /// A phrase in quotation marks in the title or summary that is not verbatim in a cited quote.
    case unquotedPhrase = "quotation"
    /// A quote that starts or ends inside a clause, or cuts a quotation in two.
    case cutQuote = "cut-quote"
    /// A hedged quote ("likely", "appear", "reportedly"…) behind a summary without a hedge.
    case droppedHedge = "hedge"
    /// A quote that is a figure caption or a source line, not the article's text.
    case captionQuote = "caption"
  }

  public var rule: Rule
  /// The event's field: `title`, `summary` or `citations[2].quote`.
  public var field: String
  /// The words at fault, as they are written.
  public var words: String
  /// What is wrong and what to do, naming the event.
  public var message: String
}

/// The word lists behind the support checks (lower case).
enum SupportWords {
  /// Number words and their values (`one` is left out: it is as often a pronoun).
  static let numbers: [String: String] = {
    var table: [String: String] = [:]
    let units = [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    for (offset, word) in units.enumerated() {
      table[word] = String(offset + 2)
      table[word + "fold"] = String(offset + 2)
    }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (offset, word) in tens.enumerated() {
      table[word] = String((offset + 2) * 10)
      table[word + "fold"] = String((offset + 2) * 10)
    }
    for (word, value) in [
      ("zero", "0"), ("tens", "10"), ("dozen", "12"), ("dozens", "12"), ("hundred", "100"), ("hundreds", "100"),
      ("hundredfold", "100"), ("thousand", "1000"), ("thousands", "1000"), ("million", "1000000"),
      ("millions", "1000000"), ("billion", "1000000000"), ("billions", "1000000000"), ("trillion", "1000000000000"),
      ("trillions", "1000000000000"),
    ] {
      table[word] = value
    }
    return table
  }()

  /// Words that cannot end a clause: articles, prepositions, conjunctions, auxiliaries, possessives.
  static let clauseOpeners: Set<String> = [
    "a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "upon", "about",
    "over", "under", "between", "through", "than", "as", "and", "or", "but", "nor", "that", "which", "who",
    "whom", "whose", "whether", "if", "because", "while", "their", "its", "his", "her", "our", "your", "my",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "shall", "do", "does", "did", "not", "very", "despite", "including",
  ]

  /// Words that cannot start a clause when a quote begins with them in lower case: its subject
  /// or the sentence's start was left out.
  static let clauseContinuers: Set<String> = [
    "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "upon",
    "about", "over", "under", "between", "through", "than", "as", "despite", "including", "that", "which", "who",
    "whom", "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did",
  ]

  /// Words that hedge a claim (`may` only in lower case: `May` is a month).
  static let hedges: Set<String> = [
    "likely", "unlikely", "appear", "appears", "appeared", "apparently", "seem", "seems", "seemed", "seemingly",
    "argue", "argues", "argued", "arguably", "reportedly", "allegedly", "alleged", "may", "might", "could",
    "expected", "expect", "expects", "suspect", "suspects", "suspected", "believed", "believe", "believes",
    "estimated", "estimate", "estimates", "possibly", "perhaps", "probably", "presumably",
  ]

  /// Hedges of more than one word (a forecast stays a forecast).
  static let hedgePhrases = ["on track to", "if not"]
  /// Each hedge phrase cut into its words.
  static let hedgePhraseWords = hedgePhrases.map { $0.split(separator: " ").map(String.init) }

  /// What keeps a summary hedged besides the hedges themselves: attribution and approximation.
  static let summaryHedges: Set<String> = hedges.union([
    "say", "says", "said", "according", "report", "reports", "reported", "describe", "describes", "described",
    "claim", "claims", "claimed", "forecast", "forecasts", "predict", "predicts", "predicted", "projected",
    "about", "roughly", "around", "nearly", "almost", "some",
  ])

  /// How a caption or a source line begins (lower case); figure and table labels take a number.
  static let captionOpenings = ["source:", "sources:", "photo:", "photo by", "photo credit", "credit:", "image:", "caption:"]
  static let numberedLabels = ["figure", "fig.", "table", "chart", "map", "graph"]
}
