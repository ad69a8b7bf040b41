/// Finds temporal expressions in article text and normalizes them to TIMEX3 values.
///
/// A hand-written scanner over tokens: at each token only the patterns whose first element can
/// match it are tried, and the longest match wins (ties go to the earlier pattern). The rules
/// come as a value (`TemporalRules`), loaded from JSON by the caller.
public struct TemporalTagger: Sendable {
  /// The rules this tagger applies.
  public let rules: TemporalRules
  /// The rules compiled to word ids.
  let vocabulary: TemporalVocabulary
  /// The patterns compiled for matching.
  let matcher: TemporalMatcher

  /// Creates a tagger for a set of rules.
  public init(rules: TemporalRules) {
    self.rules = rules
    vocabulary = TemporalVocabulary(rules: rules)
    matcher = TemporalMatcher(vocabulary: vocabulary, patterns: rules.patterns)
  }

  /// Tags a text: every expression found, in text order.
  ///
  /// - Parameters:
  ///   - published: the publication date as the interval of days the evidence allows (a plain
  ///     `2017-05-24`, or `2017-05-22/2017-05-28`); nil when unknown. A relative expression is
  ///     resolved against every day of it: when the answer is the same for all, it is exact,
  ///     otherwise the value is the interval of the answers (see `docs/extraction.md`).
  ///   - mode: news anchors relative expressions on the publication date, narrative on the last
  ///     mentioned date.
  public func tag(_ text: String, published: EDTFDate?, mode: TemporalMode) -> [TemporalExpression] {
    let prepared = TemporalText(text, abbreviations: rules.abbreviations)
    let ids = prepared.tokens.indices.map { prepared.tokens[$0].kind == .number ? -1 : vocabulary.ids[prepared.lower($0)] ?? -1 }
    var found = ids.withUnsafeBufferPointer { tag(prepared, ids: $0, published: published, mode: mode) }
    for k in found.indices {
      found[k].sentence = prepared.string(prepared.sentences[found[k].sentenceIndex])
    }
    return found
  }

  /// Tags a text already split into tokens and sentences (the chronology builder reads them too).
  /// Each expression's `sentence` is left empty: the builder reads a sentence by its index, and
  /// a copy of it in every expression cost a string (`tag(_:published:mode:)` fills it in).
  ///
  /// - Parameter ids: each token's word id in `vocabulary`; -1 for a number or a word it lacks.
  ///   (Read unchecked, through the buffer, here and in `ResolutionContext.cue`: hence the check.)
  func tag(_ prepared: TemporalText, ids: UnsafeBufferPointer<Int32>, published: EDTFDate?, mode: TemporalMode) -> [TemporalExpression] {
    precondition(ids.count == prepared.tokens.count, "an id for each token")
    var context = ResolutionContext(published: published, mode: mode)
    var results: [TemporalExpression] = []
    var i = 0
    let tokens = prepared.tokens
    let plain = TemporalMatcher.tokens(prepared, ids: ids)
    var path: [Int] = []
    while i < tokens.count {
      guard let best = bestMatch(at: i, in: prepared, tokens: plain, path: &path) else {
        i += 1
        continue
      }
      results.append(expression(rules.patterns[best.pattern], best.state, in: prepared, ids: ids, context: &context))
      i = best.state.end
    }
    return results
  }

  /// The longest match at a token (the earliest pattern's among equals) that meets its pattern's
  /// conditions; nil when none does.
  ///
  /// A match's extent ends with the last token its path took: one that cannot end after the
  /// best so far loses to it whatever its captures, which are then not made (the rules list
  /// longer patterns first: `January 2, 2001` before `January 2` and `January`).
  func bestMatch(
    at i: Int, in prepared: TemporalText, tokens: [TemporalMatcher.Token], path: inout [Int]
  ) -> (pattern: Int, state: MatchState)? {
    // Most tokens are words the rules do not know: they are turned away here, before the call
    // for candidates (the only check of this; `candidates` would list none for them).
    guard !vocabulary.startsNothing(tokens[i]) else { return nil }
    var best: (pattern: Int, state: MatchState)?
    for p in vocabulary.candidates(in: tokens, at: i) {
      guard let end = matcher.walk(p, tokens, at: i, path: &path) else { continue }
      if let current = best, current.state.last >= matcher.lastTaken(p, path: path) { continue }
      guard let state = state(p, end: end, in: prepared, tokens: tokens, path: path) else { continue }
      best = (p, state)
    }
    return best
  }

  /// The expression a pattern matched, resolved; a date or a time becomes the last mentioned one.
  private func expression(
    _ pattern: TemporalPattern, _ state: MatchState, in prepared: TemporalText, ids: UnsafeBufferPointer<Int32>, context: inout ResolutionContext
  ) -> TemporalExpression {
    let range = prepared.tokens[state.first].start..<prepared.tokens[state.last].end
    let sentenceIndex = prepared.tokens[state.first].sentence
    // The sentence's cue words are read only when the value can depend on them (most dates name
    // their year); otherwise no tense is asked and `.present` stands in, unread.
    var tense = TemporalTense.present
    if pattern.readsTense(state) {
      tense = context.tense(of: sentenceIndex, in: prepared, ids: ids, tagger: self)
      if case .weekday = pattern.operation, context.mode == .news,
        let clause = ResolutionContext.tenseBefore(state.first, sentence: sentenceIndex, in: prepared, ids: ids, tagger: self)
      {
        tense = clause  // "said on Tuesday that … would": the verb the weekday hangs on decides
      }
    }
    let resolved = resolveOverPublication(pattern, state, context: context, tense: tense)
    if let date = resolved.pointDate, pattern.type == .date || pattern.type == .time {
      context.lastMentioned = date
    }
    return TemporalExpression(
      text: prepared.string(range), utf8Range: range, value: resolved.value, type: pattern.type,
      mod: resolved.mod, sentence: "", sentenceIndex: sentenceIndex,
      anchor: resolved.anchor, rule: pattern.id,
      span: pattern.type == .date || pattern.type == .time
        ? resolved.value.flatMap { TemporalSpan(timex: $0, pointDate: resolved.pointDate) } : nil)
  }
}

/// What the tagger knows while it walks a text: the anchors and each sentence's tense.
struct ResolutionContext {
  /// The publication date's interval.
  var published: EDTFDate?
  /// Whether a resolution is computed against the last day of that interval (else its first).
  var atLastPublishedDay = false
  /// The day of that interval a resolution is computed against (its first, then its last);
  /// nil when the interval has no such bound. (Made when asked: most dates name their year.)
  var publishedDay: PartialDate? {
    published.flatMap { Self.day(atLastPublishedDay ? $0.latest : $0.earliest) }
  }
  var mode: TemporalMode
  var lastMentioned: PartialDate?
  /// Each sentence's tense, once asked (made on the first question).
  var tenses: [TemporalTense?] = []

  init(published: EDTFDate?, mode: TemporalMode) {
    self.published = published
    self.mode = mode
  }

  /// A bounded day as a day-precision date.
  static func day(_ stamp: DayStamp) -> PartialDate? {
    guard stamp.isBounded else { return nil }
    let (year, month, day) = stamp.civil
    return PartialDate(year: year, month: month, day: day)
  }

  /// The tense of the nearest cue word before a token in its sentence, if any: a weekday in news
  /// takes the tense of the verb it follows ("said on Tuesday" is past even when the sentence
  /// goes on "that the port would reopen").
  static func tenseBefore(_ token: Int, sentence: Int, in text: TemporalText, ids: UnsafeBufferPointer<Int32>, tagger: TemporalTagger) -> TemporalTense? {
    let first = text.sentenceTokens[sentence].lowerBound
    var t = token - 1
    while t >= first {
      if text.tokens[t].kind == .word, let cue = cue(t, in: text, ids: ids, tagger: tagger) { return cue }
      t -= 1
    }
    return nil
  }

  /// The tense a word token cues (`TemporalRules.cue`): a word with an id by its id (every word
  /// of the tense lists has one), any other by its ending.
  static func cue(_ t: Int, in text: TemporalText, ids: UnsafeBufferPointer<Int32>, tagger: TemporalTagger) -> TemporalTense? {
    let id = ids[t]
    return id >= 0 ? tagger.vocabulary.cues[Int(id)] : tagger.rules.unlistedCue(t, in: text)
  }

  /// The tense of a sentence from its cue words: any future cue makes it future, else any past cue past.
  mutating func tense(of sentence: Int, in text: TemporalText, ids: UnsafeBufferPointer<Int32>, tagger: TemporalTagger) -> TemporalTense {
    if tenses.isEmpty {
      tenses.reserveCapacity(text.sentences.count)
      // (Filled up front, unlike `ArticleReading.init`'s date flags: asked by sentence, out of order,
      // and only in an article with a date that reads the tense; not measured against another form.)
      tenses.append(contentsOf: repeatElement(TemporalTense?.none, count: text.sentences.count))
    }
    if let known = tenses[sentence] { return known }
    // The first future cue decides; after a past cue only future ones are looked for.
    var tense = TemporalTense.present
    for t in text.sentenceTokens[sentence] where text.tokens[t].kind == .word {
      let cue = Self.cue(t, in: text, ids: ids, tagger: tagger)
      if cue == .future {
        tense = .future
        break
      }
      if cue == .past { tense = .past }
    }
    tenses[sentence] = tense
    return tense
  }
}
