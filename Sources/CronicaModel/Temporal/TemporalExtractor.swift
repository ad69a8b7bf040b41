/// Tags an article and proposes its dated events: a sentence with a resolvable date and an
/// event cue ("met", "agreed", "took office", "rose"…) becomes a proposal citing that sentence.
public struct TemporalExtractor: Sendable {
  /// The tagger, and through it the rules (event cues included).
  public let tagger: TemporalTagger
  /// The event cues, folded once: phrase → kind.
  let eventCues: PhraseMatcher
  /// The statistic cues, folded once.
  let statisticCues: PhraseMatcher

  /// Creates an extractor for a set of rules.
  public init(rules: TemporalRules) {
    tagger = TemporalTagger(rules: rules)
    eventCues = PhraseMatcher(rules.eventCues.map { ($0.phrase, $0.kind) })
    statisticCues = PhraseMatcher(rules.statisticCues.map { ($0, $0) })
  }

  /// Extracts expressions and proposed events from cleaned article text.
  ///
  /// - Parameters:
  ///   - published: the publication date, nil when unknown (relative dates then stay unresolved in news mode).
  ///   - themes: the taxonomy; a theme applies when one of its phrases occurs in the sentence.
  ///   - article: the article id the citations name.
  public func extract(
    text: String, published: EDTFDate?, mode: TemporalMode, themes: [Theme], article: String = "article"
  ) -> ExtractionReport {
    let expressions = tagger.tag(text, published: published, mode: mode)
    let anchor: String
    switch mode {
    case .narrative: anchor = "last-mentioned"
    case .news: anchor = published == nil ? "none" : "published"
    }
    let themeMatchers = themes.map { theme in (key: theme.key, matcher: PhraseMatcher(theme.phrases.map { ($0, theme.key) })) }
    var events: [ProposedEvent] = []
    var ids = UniqueIDs(taken: [])
    var seenSentences: Set<Int> = []
    for expression in expressions where !seenSentences.contains(expression.sentenceIndex) {
      guard let span = expression.span, let kind = kind(of: expression)
      else { continue }
      seenSentences.insert(expression.sentenceIndex)
      var event = Event(
        id: "", start: EDTFDate(span.start), end: span.end.map(EDTFDate.init), display: display(expression, span), kind: kind,
        title: title(from: expression), summary: expression.sentence,
        themes: Self.themes(of: expression.sentence, in: themeMatchers),
        citations: [Citation(article: article, quote: expression.sentence)], dateBasis: dateBasis(expression))
      event.id = Self.uniqueID(for: event, taken: &ids)
      events.append(ProposedEvent(event: event, expression: expression))
    }
    return ExtractionReport(published: published, anchor: anchor, expressions: expressions, events: events)
  }

  /// The event kind a sentence suggests: a statistic when it carries a statistic cue and a figure
  /// besides its date, else the kind of its earliest event cue; nil without a cue.
  func kind(of expression: TemporalExpression) -> EventKind? {
    let sentence = PhraseMatcher.prepare(expression.sentence)
    guard let best = eventCues.matches(in: sentence).min(by: { $0.offset < $1.offset }) else { return nil }
    let date = PhraseMatcher.prepare(expression.text)
    var withoutDate = sentence
    while !date.isEmpty, let range = withoutDate.firstRange(of: date) { withoutDate.replaceSubrange(range, with: [0x20]) }
    let hasFigure = withoutDate.contains { $0 >= 0x30 && $0 <= 0x39 }
    if hasFigure && statisticCues.containsAny(in: withoutDate) { return .statistic }
    return EventKind(rawValue: best.value)
  }

  /// How the date reads: the expression itself when absolute or when it names its year
  /// (`late 2019`, `since 2019`), else the resolved dates (`2017-05-18`).
  func display(_ expression: TemporalExpression, _ span: TemporalSpan) -> String {
    let namesYear = expression.text.hasFourDigitNumber
    if case .none = expression.anchor { return expression.text }
    if namesYear { return expression.text }
    return span.start.iso + (span.end.map { "–" + $0.iso } ?? "")
  }

  /// The basis of a relative date (`'last Thursday' resolved against the publication date 2017-05-24`).
  func dateBasis(_ expression: TemporalExpression) -> String? {
    switch expression.anchor {
    case .published(let date): "'\(expression.text)' resolved against the publication date \(date.edtf)"
    case .lastMentioned(let date): "'\(expression.text)' resolved against the last mentioned date \(date.iso)"
    case .none, .unresolved: nil
    }
  }

  /// A short title: the sentence without a leading date phrase, cut at twelve words.
  func title(from expression: TemporalExpression) -> String {
    var text = Substring(expression.sentence)
    if let range = text.range(of: expression.text), text[..<range.lowerBound].split(separator: " ").count <= 1 {
      let rest = text[range.upperBound...].drop { $0 == "," || $0 == " " }
      if rest.count > 20 { text = rest }
    }
    var words = text.split(separator: " ")
    let cut = words.count > 12
    if cut { words = Array(words.prefix(12)) }
    var title = words.joined(separator: " ")
    while let last = title.last, ".,;:".contains(last) { title.removeLast() }
    if let first = title.first, first.isLowercase { title = first.uppercased() + title.dropFirst() }
    return cut ? title + "…" : title
  }

  /// The keys of the themes whose phrases occur in a sentence.
  static func themes(of sentence: String, in matchers: [(key: String, matcher: PhraseMatcher)]) -> [String] {
    let folded = PhraseMatcher.prepare(sentence)
    return matchers.filter { $0.matcher.matchesAny(in: folded) }.map(\.key)
  }

  /// An id from the date and the title's first words, made unique among those already taken.
  static func uniqueID(for event: Event, taken: inout UniqueIDs) -> String {
    let words = TextFolding.fold(event.title).split { !$0.isLetter && !$0.isNumber }.prefix(4)
    return taken.claim((["extracted", event.start.edtf] + words.map(String.init)).joined(separator: "-"))
  }
}
