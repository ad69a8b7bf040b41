/// A temporal expression found in a text, with its TIMEX3 normalization.
///
/// JSON: `{"text", "value", "type", "mod", "sentence"}`; an unresolved value and a missing mod are null.
public struct TemporalExpression: Hashable, Sendable, Encodable {
  /// The expression as written (`late 2019`).
  public var text: String
  /// Its UTF-8 offsets in the tagged text.
  public var utf8Range: Range<Int>
  /// The TIMEX3 value (`2019`, `2017-W20`, `P1DE`, `2018-10/2022-09`); nil when unresolved.
  @NullWhenNil public var value: String?
  /// The TIMEX3 type.
  public var type: TimexType
  /// The TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, `MORE_THAN`), if any.
  @NullWhenNil public var mod: String?
  /// The sentence the expression occurs in, verbatim (`tag(_:published:mode:)`); empty in the
  /// builder's expressions (`tag(_:ids:published:mode:)`): read the sentence by `sentenceIndex`.
  public var sentence: String
  /// The index of that sentence in the text.
  public var sentenceIndex: Int
  /// What the value was computed against.
  public var anchor: TemporalAnchor
  /// The id of the rule that matched.
  public var rule: String
  /// The calendar span of a DATE's or TIME's value (`TemporalSpan(timex:)`); nil for other
  /// types and for values that name none. It is what the tagger made (from the date it read
  /// already), a copy: it goes stale if `value` or `type` is changed afterwards. It takes no
  /// part in `==` and `hash(into:)`.
  var span: TemporalSpan?

  enum CodingKeys: String, CodingKey { case text, value, type, mod, sentence }

  /// (The span has no default: a DATE made without one would date nothing.)
  init(
    text: String, utf8Range: Range<Int>, value: String?, type: TimexType, mod: String?, sentence: String,
    sentenceIndex: Int, anchor: TemporalAnchor, rule: String, span: TemporalSpan?
  ) {
    self.text = text
    self.utf8Range = utf8Range
    self.value = value
    self.type = type
    self.mod = mod
    self.sentence = sentence
    self.sentenceIndex = sentenceIndex
    self.anchor = anchor
    self.rule = rule
    self.span = span
  }

  public static func == (left: Self, right: Self) -> Bool {
    left.text == right.text && left.utf8Range == right.utf8Range && left.value == right.value && left.type == right.type
      && left.mod == right.mod && left.sentence == right.sentence && left.sentenceIndex == right.sentenceIndex
      && left.anchor == right.anchor && left.rule == right.rule
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(utf8Range)
    hasher.combine(value)
    hasher.combine(type)
    hasher.combine(mod)
    hasher.combine(sentence)
    hasher.combine(sentenceIndex)
    hasher.combine(anchor)
    hasher.combine(rule)
  }
}

/// What a temporal value was computed against.
public enum TemporalAnchor: Hashable, Sendable, CustomStringConvertible {
  /// An absolute expression (or a vague reference) that needs no anchor.
  case none
  /// Resolved against the publication date (the interval of days it allows).
  case published(EDTFDate)
  /// Resolved against the last date mentioned before it.
  case lastMentioned(PartialDate)
  /// A relative expression that could not be resolved (no anchor, or one too coarse).
  case unresolved

  /// The anchor in words (`published 2017-05-24`).
  public var description: String {
    switch self {
    case .none: "none"
    case .published(let date): "published \(date.edtf)"
    case .lastMentioned(let date): "last mentioned \(date.iso)"
    case .unresolved: "unresolved"
    }
  }
}

/// How relative expressions are anchored.
public enum TemporalMode: String, Sendable, Hashable, Codable, CaseIterable {
  /// Against the publication date, tense deciding past or future (news articles).
  case news
  /// Against the last mentioned date (histories, chronologies).
  case narrative
}

/// The tense of a sentence, as far as cue words tell.
enum TemporalTense: Sendable {
  case past, present, future
}
