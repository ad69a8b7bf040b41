/// One rule file as stored in JSON (`Resources/temporal/en.json`); see docs/extraction.md.
public struct TemporalRuleDocument: Sendable, Decodable {
  /// Tense cues of one language.
  public struct Tense: Sendable, Decodable {
    /// Words that make a sentence future tense (`will`).
    public var future: [String]
    /// Words that make a sentence past tense (`was`, `ago`).
    public var past: [String]
    /// Word endings that make a sentence past tense (`ed`).
    public var pastSuffixes: [String]?
    /// Word endings that make a sentence future tense (`rá`).
    public var futureSuffixes: [String]?
  }

  /// One pattern as written in JSON.
  public struct PatternSpec: Sendable, Decodable {
    /// A unique name, reported with errors and on each expression.
    public var id: String
    /// The elements: literals (`a|per`), classes (`YEAR`, `MONTH2`), with `?`, `!`, `<` marks.
    public var match: [String]
    /// The TIMEX3 type: DATE, TIME, DURATION or SET.
    public var type: String
    /// A value template (`{year}-{month}`), or nil when `op` computes the value.
    public var value: String?
    /// `shift` or `weekday`.
    public var op: String?
    /// The unit of a shift or duration when not captured (`D`, `DE`).
    public var unit: String?
    /// The amount of a shift (`-1`, `num`, `-num`) or the weekday direction.
    public var by: String?
    /// `previous` to anchor on the last mentioned date in every mode.
    public var anchor: String?
    /// `anchor` to keep the anchor's precision in a shift.
    public var keep: String?
    /// A TIMEX3 modifier, or a capture in braces (`{mod}`).
    public var mod: String?
    /// Single-word matches to reject (`may`).
    public var exclude: [String]?
    /// The second year (and month) must come after the first.
    public var ordered: Bool?
    /// A duration of unspecified length (`PXY`).
    public var vague: Bool?
    /// The unit word must be singular.
    public var requireSingular: Bool?
    /// The unit word must be plural.
    public var requirePlural: Bool?
  }

  /// The language code (`en`).
  public var language: String
  /// Word tables by class.
  public var lexicon: [String: [String: TemporalLexValue]]
  /// Tense cues.
  public var tense: Tense
  /// Words after which a period does not end a sentence.
  public var abbreviations: [String]
  /// The patterns, in priority order.
  public var patterns: [PatternSpec]
  /// Event cues for proposals.
  public var events: [TemporalEventCue]
  /// Statistic cues for proposals.
  public var statisticCues: [String]
}
