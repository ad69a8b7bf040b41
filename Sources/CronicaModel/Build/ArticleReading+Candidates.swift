extension ArticleReading {
  /// The article's candidates in text order (step 1 and 2 of the pipeline, and the joining of
  /// sentences that only elaborate the one before).
  ///
  /// - Parameters:
  ///   - article: the article's position in the builder's input.
  ///   - vocabulary: numbers the candidates' terms (one per piece of work).
  func candidates(article: Int, terms vocabulary: inout TermVocabulary) -> [BuildCandidate] {
    var result: [BuildCandidate] = []
    // The last sentence of the last candidate and how many sentences it holds, to join
    // elaborations to it (two numbers, not a list of them made for every candidate).
    var lastSentence: Int?
    var lastCount = 0
    // The last sentence a citation already holds (a quotation running on past its sentence).
    var cited = -1
    for sentence in text.sentences.indices {
      guard sentence > cited, isProse(sentence) else { continue }
      let span = spans[sentence]
      let body = afterConnectives(span)
      if let last = lastSentence, last == sentence - 1, paragraphs[last] == paragraphs[sentence],
        lastCount < 4, datings[sentence].isEmpty,
        lexicon.anaphora.match(in: text, at: span.lowerBound, limit: span.upperBound) != nil
          || lexicon.anaphora.match(in: text, at: body, limit: span.upperBound) != nil,
        !result.isEmpty
      {
        // A quotation the last quote already runs on into is cited once.
        if let quote = citedText(sentence), !result[result.count - 1].quotes.contains(where: { $0.contains(quote) }) {
          result[result.count - 1].quotes.append(quote)
          cited = citedSentences(sentence)?.upperBound ?? sentence
        }
        result[result.count - 1].rules.append("joined:elaboration")
        result[result.count - 1].terms = Self.union(result[result.count - 1].terms, terms(span, in: &vocabulary))
        lastSentence = sentence
        lastCount += 1
        continue
      }
      let found = candidates(sentence: sentence, article: article, terms: &vocabulary)
      guard !found.isEmpty else { continue }
      // (The first sentence's candidates are taken as they are, not copied one by one.)
      if result.isEmpty { result = found } else { result += found }
      lastSentence = sentence
      lastCount = 1
      cited = citedSentences(sentence)?.upperBound ?? sentence
    }
    return result
  }

  /// The first token after leading connectives ("However,", "Still,") and their commas.
  func afterConnectives(_ span: Range<Int>) -> Int {
    var index = span.lowerBound
    while index < span.upperBound, let hit = lexicon.connectives.match(in: text, at: index, limit: span.upperBound) {
      index += hit.count
      while index < span.upperBound, text.mark(index) == "," { index += 1 }
    }
    return index
  }

  /// The candidates a sentence gives: one for each independent clause that is an event.
  func candidates(sentence: Int, article: Int, terms vocabulary: inout TermVocabulary) -> [BuildCandidate] {
    let span = spans[sentence]
    guard text.mark(span.upperBound - 1) != "?" else { return [] }
    let body = afterConnectives(afterSpeakerLabel(span)..<span.upperBound)
    guard body < span.upperBound else { return [] }
    var found: [BuildCandidate] = []
    let units = units(of: span, from: body)
    // A recommendation scopes over the clauses listed after it ("There is a need to forge…; agree on…").
    if let first = units.first?.first, isRecommendation(first) { return [] }
    for (position, unit) in units.prefix(3).enumerated() {
      guard
        let candidate = candidate(
          sentence: sentence, article: article, unit: unit, terms: &vocabulary, mainChecked: position == 0)
      else { continue }
      // A later clause with a date of its own and a cue is an event of its own ("…, despite a
      // 2022 security action plan"), after the clause's own (kept apart until the clause's is
      // read for the last time, so that it is moved into `found`, not copied).
      var extras: [BuildCandidate] = []
      for segment in unit.dropFirst() where !isVerb(segment.lowerBound) {
        // (A clause that starts with its verb — "…, which was…", "…, but improved…" — has its
        // subject in the main clause and gives no title of its own.)
        guard let own = datings[sentence].first(where: { segment.contains($0.tokens.lowerBound) }),
          candidate.date != Self.date(of: own.expression, own.span),
          let extra = self.candidate(sentence: sentence, article: article, unit: [segment], terms: &vocabulary),
          extra.title != candidate.title
        else { continue }
        extras.append(extra)
      }
      found.append(candidate)
      found += extras
    }
    return found
  }

  /// The candidate of one independent clause of a sentence, or nil when it is not an event.
  ///
  /// - Parameter mainChecked: the clause's main segment is known to recommend nothing (the
  ///   sentence's first, which `candidates(sentence:)` checked).
  func candidate(
    sentence: Int, article: Int, unit: [Range<Int>], terms vocabulary: inout TermVocabulary, mainChecked: Bool = false
  ) -> BuildCandidate? {
    guard let main = unit.first, let last = unit.last, let quote = citedText(sentence) else { return nil }
    let span = spans[sentence]
    let whole = main.lowerBound..<last.upperBound
    if !mainChecked, isRecommendation(main) { return nil }
    let figures = figures(whole)
    // The segment that carries the event: the main clause, unless only a later one has a cue or a figure.
    let mainCues = lexicon.cues.matches(in: text, range: main)
    let dated = dating(in: whole, sentence: sentence)
    var carrier = main
    var cues = mainCues
    if unit.count > 1, !attribution(after: main.upperBound, in: span).isEmpty {
      // "…, Secretary Kelly said": the main clause is what was said.
      cues += lexicon.cues.matches(in: text, range: unit[1])
    } else if mainCues.isEmpty, !figures.contains(where: { main.contains($0) }),
      let other = unit.dropFirst().first(where: { segment in
        figures.contains { segment.contains($0) }
          || (dated.map { segment.contains($0.tokens.lowerBound) } ?? false
            && !lexicon.cues.matches(in: text, range: segment).isEmpty)
      })
    {
      // The event is in a later clause that holds its figure or its date ("…, followed by a violent July").
      carrier = other
      cues = lexicon.cues.matches(in: text, range: other)
    }
    var rules: [String] = []
    // The date's, the kind's, perhaps "hedged", and the title's (room for all at once).
    rules.reserveCapacity(4)
    var score = 0
    var tense = tense(carrier)
    // "…, Secretary Kelly said.": what was said is a statement made then, whatever its own tense.
    if let speaker = attribution(after: main.upperBound, in: span).last, speaker + 1 < span.upperBound,
      self.tense(speaker + 1..<speaker + 2) == .past
    {
      tense = .past
    }
    let date: CandidateDate
    if let dated {
      guard !cues.isEmpty || !figures.isEmpty || tense == .past || hasPastVerb(whole) else { return nil }
      date = isAttributive(dated) ? after(dated) : Self.date(of: dated.expression, dated.span)
      score += date.evidence == "absolute" ? 30 : 20
    } else {
      guard !cues.isEmpty || !figures.isEmpty, tense != .future,
        lexicon.conditional.match(in: text, at: main.lowerBound, limit: main.upperBound) == nil
      else { return nil }
      guard let undated = undatedDate(sentence: sentence, tense: tense) else { return nil }
      date = undated
      score += 5
    }
    rules.append(Self.dateRule(date.evidence))
    let kind: EventKind
    if let figure = figures.first, figures.contains(where: { carrier.contains($0) }) || cues.isEmpty {
      kind = .statistic
      rules.append("statistic:" + text.lower(figure))
      score += 20
    } else if let cue = cues.first {
      kind = EventKind(rawValue: cue.value)
      let phrase = cue.count == 1 ? text.lower(cue.token) : (cue.token..<cue.token + cue.count).map(text.lower).joined(separator: " ")
      rules.append("cue:" + phrase)
      score += lexicon.strongCues.contains(phrase) ? 25 : 12
    } else {
      kind = EventKind(rawValue: "other")
      rules.append("past-tense-verb")
    }
    if lexicon.hedges.occurs(in: text, range: span) {
      rules.append("hedged")
      score -= 5
    }
    let made = title(segment: carrier, in: span)
    rules.append(made.rule)
    if made.rule == "title:clause" { score += 10 }
    if wordCount(span) > 60 { score -= 10 }
    return BuildCandidate(
      article: article, sentence: sentence, quotes: [quote], date: date, kind: kind, title: made.title,
      terms: terms(whole, in: &vocabulary), rules: rules, score: score)
  }

  /// The rule naming a date's evidence, `date:` and the evidence: the builder's own as constants
  /// (joining two strings cost ~320 instructions a candidate).
  static func dateRule(_ evidence: String) -> String {
    switch evidence {
    case "absolute": "date:absolute"
    case "relative": "date:relative"
    case "published": "date:published"
    case "by-published": "date:by-published"
    case "after-mentioned": "date:after-mentioned"
    case "paragraph": "date:paragraph"
    default: "date:" + evidence
    }
  }

  /// True when a clause recommends rather than reports ("should", "needs to"), unless it reports
  /// someone else's call ("Blinken cited the need for…").
  func isRecommendation(_ tokens: Range<Int>) -> Bool {
    guard let first = lexicon.prescriptive.matches(in: text, range: tokens).first else { return false }
    return !(tokens.lowerBound..<first.token).contains { lexicon.reporting.match(in: text, at: $0, limit: first.token) != nil }
  }

  /// The first token after a speaker's label at the start of a transcript line ("MODERATOR:",
  /// "SECRETARY BLINKEN:"), or the span's start when there is none.
  func afterSpeakerLabel(_ span: Range<Int>) -> Int {
    speakerLabel(span).map { $0.upperBound + 1 } ?? span.lowerBound
  }

  /// The words of a speaker's label: capitals only, at most five words, then a colon.
  func speakerLabel(_ span: Range<Int>) -> Range<Int>? {
    var index = span.lowerBound
    while index < min(span.upperBound, span.lowerBound + 6) {
      // (A token whose lower case is ":" is the mark: a mark is one scalar, and none other is ":".)
      if text.mark(index) == ":" { return index > span.lowerBound ? span.lowerBound..<index : nil }
      guard text.tokens[index].kind == .word, Self.isCapitalsWord(index, in: text) else { return nil }
      index += 1
    }
    return nil
  }

  /// True when a token has more than one character and upper case leaves it as it is ("DEA",
  /// "U.S."). An ASCII token without CR is read by bytes (each a character; upper case changes
  /// only a–z), any other as strings.
  static func isCapitalsWord(_ t: Int, in text: TemporalText) -> Bool {
    let (start, end) = (text.tokens[t].start, text.tokens[t].end)
    var plain = true
    var lower = false
    for k in start..<end {
      let byte = text.bytes[k]
      if byte >= 0x80 || byte == 0x0D { plain = false }
      if byte &- 0x61 < 26 { lower = true }
    }
    guard plain else {
      let original = text.string(start..<end)
      return original.count > 1 && original == original.uppercased()
    }
    return end - start > 1 && !lower
  }

  /// True for a date that qualifies a noun after "of", "after", "following" or "since" ("a
  /// follow-on meeting of the October 2021 launch"): what the clause tells came after it.
  func isAttributive(_ dating: Dating) -> Bool {
    let start = dating.tokens.lowerBound
    guard start >= 2 else { return false }
    let determiner = text.lower(start - 1)
    let preposition = text.lower(start - 2)
    return ["the", "a", "an", "its", "their"].contains(determiner) && ["of", "after", "following", "since"].contains(preposition)
  }

  /// The date of a clause that follows an attributive date: from it to the publication date.
  func after(_ dating: Dating) -> CandidateDate {
    var date = Self.date(of: dating.expression, dating.span)
    let last = dating.span.end ?? dating.span.start
    if let published, published.latest > last.lastDay {
      date.end = published
      date.display = "after " + dating.expression.text
      date.basis = "after '\(dating.expression.text)', reported in an article published \(published.readable)"
      date.evidence = "after-mentioned"
    }
    return date
  }

  /// True when a stretch of tokens has a verb in the past (or a perfect): "…that has been shaken".
  func hasPastVerb(_ tokens: Range<Int>) -> Bool {
    tokens.contains { isVerb($0) && tense($0..<$0 + 1) == .past }
  }

  /// The first dating expression within a clause, else one before it in its sentence.
  func dating(in tokens: Range<Int>, sentence: Int) -> Dating? {
    // (Read by index: each dating copied in turn retained and released its expression's strings.)
    var before: Int?
    for index in datings[sentence].indices {
      let start = datings[sentence][index].tokens.lowerBound
      if tokens.contains(start) { return datings[sentence][index] }
      if start < tokens.lowerBound, before == nil { before = index }
    }
    return before.map { datings[sentence][$0] }
  }

  /// The date of a dating expression: the words of the text when they name the year, else the resolved date.
  static func date(of expression: TemporalExpression, _ span: TemporalSpan) -> CandidateDate {
    var basis: String?
    var evidence = "absolute"
    switch expression.anchor {
    case .published(let date):
      basis = "'\(expression.text)' resolved against the publication date \(date.edtf)"
      evidence = "relative"
    case .lastMentioned(let date):
      basis = "'\(expression.text)' resolved against the last mentioned date \(date.iso)"
      evidence = "relative"
    case .none, .unresolved: break
    }
    // Resolved against a publication interval, "A/B" is the days the expression may name, one of
    // them: a date somewhere in the interval, not a period.
    if case .published(let anchor) = expression.anchor, anchor.isInterval, let end = span.end, end != span.start,
      let within = EDTFDate(from: span.start, to: end)
    {
      return CandidateDate(
        start: within, display: expression.text + " (" + within.readable + ")",
        basis: (basis ?? "") + "; the publication interval leaves any of those days", evidence: evidence)
    }
    let namesYear = expression.text.hasFourDigitNumber
    let display: String
    if namesYear {
      display = expression.text
    } else if let end = span.end, end != span.start {
      display = span.start.readable + "–" + end.readable
    } else {
      display = span.start.readable
    }
    return CandidateDate(start: span.start, end: span.end == span.start ? nil : span.end, display: display, basis: basis, evidence: evidence)
  }

  /// The date of a sentence that states none: in news mode, the publication date for a state
  /// of affairs (present tense) and "by" it for something done; in narrative mode, the date of
  /// the paragraph's dated sentence before it. Nil when there is nothing to date it by.
  func undatedDate(sentence: Int, tense: TemporalTense) -> CandidateDate? {
    switch mode {
    case .news:
      guard let published else { return nil }
      if tense == .present {
        return CandidateDate(
          start: published, display: publishedDisplay,
          basis: "not dated in the text; described as current in an article published \(published.readable)",
          evidence: "published")
      }
      return CandidateDate.openStart(
        by: published,
        basis: "not dated in the text; reported as done in an article published \(published.readable)",
        evidence: "by-published")
    case .narrative:
      guard let earlier = lastDatedInParagraph[sentence], let dated = datings[earlier].first else { return nil }
      var date = Self.date(of: dated.expression, dated.span)
      date.basis = "not dated in the text; the paragraph's last date, '\(dated.expression.text)'"
      date.evidence = "paragraph"
      return date
    }
  }

  /// The sentences to cite for one: itself, with the sentences after or before it in its
  /// paragraph that a quotation opened or closed in it runs on into, so that no citation cuts a
  /// quotation in two (at most four more). Nil when the marks never balance (a quotation the
  /// article leaves open): such a sentence is not cited at all.
  func citedSentences(_ sentence: Int) -> ClosedRange<Int>? {
    func balance(_ index: Int) -> Int {
      // Only marks can be quotation marks, and a mark is one scalar: “ is E2 80 9C, ” E2 80 9D
      // (compared by bytes: a comparison of strings that are not ASCII costs a Unicode check).
      spans[index].reduce(0) { total, t in
        let (start, end) = (text.tokens[t].start, text.tokens[t].end)
        guard text.tokens[t].kind == .punct, end - start == 3, text.bytes[start] == 0xE2, text.bytes[start + 1] == 0x80
        else { return total }
        switch text.bytes[start + 2] {
        case 0x9C: return total + 1
        case 0x9D: return total - 1
        default: return total
        }
      }
    }
    var first = sentence
    var last = sentence
    var open = balance(sentence)
    while open != 0, last - first < 4 {
      if open > 0, last + 1 < spans.count, paragraphs[last + 1] == paragraphs[sentence] {
        last += 1
        open += balance(last)
      } else if open < 0, first > 0, paragraphs[first - 1] == paragraphs[sentence] {
        first -= 1
        open += balance(first)
      } else {
        break
      }
    }
    return open == 0 ? first...last : nil
  }

  /// The verbatim text to cite for a sentence (see `citedSentences`).
  func citedText(_ sentence: Int) -> String? {
    guard let cited = citedSentences(sentence) else { return nil }
    return string(spans[cited.lowerBound].lowerBound..<spans[cited.upperBound].upperBound)
  }
}
