import Synchronization

/// Builds a chronology from articles: the model's own pipeline from raw text to merged, themed,
/// cited events (docs/extraction.md).
///
/// 1. Candidates: every prose sentence with a resolvable date and an event cue, a past-tense
///    verb or a figure; undated ones with a cue or a figure, dated by the publication date.
/// 2. Events, not sentences: a title built from the sentence's main clause, a kind from its cue.
///    A sentence that only elaborates the one before ("This program…") joins its candidate.
/// 3. Merged across articles (`CandidateMerger`), dated by the tightest date all citations allow.
/// 4. Themed (`ThemeAssigner`), with the phrase that triggered each theme.
/// 5. Ordered by date, then the order of the articles and of their sentences.
/// 6. Scored: a confidence and the rules behind it; `minConfidence` filters.
///
/// Deterministic for the same input. Linear in the input; the articles are read in parallel.
public struct ChronologyBuilder: Sendable {
  public struct Result: Sendable {
    /// The events, in chronological order, marked `origin: "extracted"`.
    public var events: [Event]
    /// How many candidates the articles gave before merging.
    public var candidates: Int
    /// Events left out by `minConfidence`.
    public var belowConfidence: Int
    /// Events left out because no theme of the taxonomy fits them and it has no `other`.
    public var withoutTheme: Int
    /// Events left out because they were rejected before (their first citation).
    public var rejected: Int
  }

  public struct Options: Sendable {
    /// Events scoring lower are left out (0–100).
    public var minConfidence = 0
    /// How each article's relative dates are anchored, by article id (default news).
    public var modes: [String: TemporalMode] = [:]
    /// Citations whose events were rejected: events whose first citation is one of them are left out.
    public var rejected: Set<Citation> = []
    /// Ids already taken (by the events kept in an update).
    public var takenIDs: Set<String> = []

    public init(minConfidence: Int = 0, modes: [String: TemporalMode] = [:], rejected: Set<Citation> = [], takenIDs: Set<String> = []) {
      self.minConfidence = minConfidence
      self.modes = modes
      self.rejected = rejected
      self.takenIDs = takenIDs
    }
  }

  let tagger: TemporalTagger
  /// The builder's lexicons (one per language, the default first) and their function words in
  /// one table, to pick an article's lexicon.
  let languages: ArticleReading.LanguageGuess
  var lexicons: [BuildLexicon.Compiled] { languages.lexicons }
  let themes: [Theme]

  /// Creates a builder from the temporal rules, the builder's word lists (one per language;
  /// the first is the default) and the theme taxonomy.
  public init(rules: TemporalRules, lexicons: [BuildLexicon], themes: [Theme]) {
    tagger = TemporalTagger(rules: rules)
    let sorted = lexicons.sorted { ($0.language == "en" ? 0 : 1, $0.language) < ($1.language == "en" ? 0 : 1, $1.language) }
    let vocabulary = tagger.vocabulary
    // Each language's lexicon is compiled on a core of its own (a startup cost paid before any
    // article is read).
    languages = ArticleReading.LanguageGuess(
      Parallel.map(pieces: sorted.count) { BuildLexicon.Compiled(sorted[$0], rules: rules, vocabulary: vocabulary) })
    self.themes = themes
  }

  /// - Parameter progress: called with the number of articles read so far, from any thread.
  public func build(
    _ articles: [Article], options: Options = Options(), progress: (@Sendable (Int) -> Void)? = nil
  ) -> Result {
    guard !lexicons.isEmpty else { return Result(events: [], candidates: 0, belowConfidence: 0, withoutTheme: 0, rejected: 0) }
    let done = Atomic<Int>(0)
    let ranges = Parallel.ranges(of: articles.count, minimum: 8, perCore: 8)
    let languages = self.languages
    let tagger = self.tagger
    var pieces = Parallel.map(pieces: ranges.count) { piece in
      var run: [BuildCandidate] = []
      var vocabulary = TermVocabulary()
      // Each article is read into the arrays of the one before.
      var scratch = ArticleReading.Scratch()
      for index in ranges[piece] {
        // (`articles[index]` is copied for the call, its strings retained and released: callgrind
        // counts one `Article` copy per article here, through a buffer pointer too. Passing the
        // three fields the reading needs instead saved 0.2% of the instructions and no measurable
        // time: performance.md, sixteenth pass.)
        let reading = ArticleReading(
          article: articles[index], tagger: tagger, languages: languages, mode: options.modes[articles[index].id] ?? .news,
          reusing: &scratch)
        var found = reading.candidates(article: index, terms: &vocabulary)
        scratch = ArticleReading.Scratch(consume reading)
        Self.move(&found, to: &run)
        let count = done.add(1, ordering: .relaxed).newValue
        progress?(count)
      }
      return (candidates: run, vocabulary: vocabulary)
    }
    // The runs' candidates are moved into one array on all cores. Each run's terms are numbered
    // by its own vocabulary.
    var termRuns: [Range<Int>] = []
    var candidateRuns: [[BuildCandidate]] = []
    for index in pieces.indices {
      let start = termRuns.last?.upperBound ?? 0
      termRuns.append(start..<start + pieces[index].candidates.count)
      candidateRuns.append(pieces[index].candidates)
      pieces[index].candidates = []
    }
    let candidates = Parallel.joined(consume candidateRuns)
    let terms = TermTable(candidates, vocabularies: pieces.map(\.vocabulary), runs: termRuns)
    pieces = []
    let groups = CandidateMerger.groups(candidates, terms: terms)
    let commonWords = Self.commonWords(terms)
    _ = consume terms  // freed before the events are made
    let stopwords = lexicons.reduce(into: Set<String>()) { $0.formUnion($1.stopwords) }
    let assigner = ThemeAssigner(themes: themes, commonWords: commonWords, stopwords: stopwords)
    // What one core makes of a run of groups: each event into its group's slot, and what it
    // sorts by, its id base (date and first words of the title) and its group, in group order.
    struct Run: Sendable {
      var keys: [(earliest: DayStamp, latest: DayStamp, order: (Int, Int))] = []
      var bases: [String] = []
      var groups: [Int] = []
      var belowConfidence = 0
      var withoutTheme = 0
      var rejected = 0
    }
    let slots = EventSlots(count: groups.count)
    // Each group becomes an event on its own: the groups are themed and scored in parallel.
    let groupRanges = Parallel.ranges(of: groups.count, minimum: 64, perCore: 8)
    let runs = Parallel.map(pieces: groupRanges.count) { piece in
      var articleThemes: [Int: (key: String, evidence: String)] = [:]
      var run = Run()
      run.keys.reserveCapacity(groupRanges[piece].count)
      run.bases.reserveCapacity(groupRanges[piece].count)
      run.groups.reserveCapacity(groupRanges[piece].count)
      for index in groupRanges[piece] {
        switch Self.event(
          of: groups[index], in: candidates, articles: articles, assigner: assigner, options: options,
          articleThemes: &articleThemes)
        {
        case .event(let event, let order):
          run.keys.append((event.earliest, event.latest, order))
          run.bases.append(Self.idBase(for: event))
          run.groups.append(index)
          slots.place(event, at: index)
        case .rejected: run.rejected += 1
        case .withoutTheme: run.withoutTheme += 1
        case .belowConfidence: run.belowConfidence += 1
        }
      }
      return run
    }
    // Positions (run, event) are sorted by keys taken once, on all cores; events alike in their
    // keys keep the order they were made in, since each place ends in its position (no two are
    // equal), as a stable sort of the events would.
    let located = runs.indices.flatMap { run in runs[run].bases.indices.map { (run: run, event: $0) } }
    let keys = runs.flatMap(\.keys)
    let sorted = Parallel.sorted(
      keys.indices.map {
        Place(key: (keys[$0].earliest, keys[$0].latest, keys[$0].order.0, keys[$0].order.1, $0))
      }
    ).map(\.index)
    // Ids are claimed in that order; the events are moved out of their slots into it.
    let bases = runs.map(\.bases)
    let ids = UniqueIDs.claimAll(count: sorted.count, taken: options.takenIDs) { [located, sorted] position in
      bases[located[sorted[position]].run][located[sorted[position]].event]
    }
    let eventGroups = runs.flatMap(\.groups)
    var result = slots.moved(count: sorted.count, ids: ids) { [sorted] in eventGroups[sorted[$0]] }
    // Events with the same bounds keep the order the articles tell them in (`order`), since a
    // corpus orders them by their bounds, then `order`, then id.
    var index = 0
    while index < result.count {
      let bounds = keys[sorted[index]]
      var next = index + 1
      while next < result.count, keys[sorted[next]].earliest == bounds.earliest, keys[sorted[next]].latest == bounds.latest {
        next += 1
      }
      if next - index > 1 {
        for position in index..<next { result[position].order = position - index }
      }
      index = next
    }
    // The candidates and groups (100k articles make millions of allocations) are freed on all cores.
    let candidateCount = candidates.count
    Parallel.free(consume candidates)
    Parallel.free(consume groups)
    return Result(
      events: result, candidates: candidateCount, belowConfidence: runs.reduce(0) { $0 + $1.belowConfidence },
      withoutTheme: runs.reduce(0) { $0 + $1.withoutTheme }, rejected: runs.reduce(0) { $0 + $1.rejected })
  }

  /// An event's place in the chronology: its bounds, then where the articles tell it, then where
  /// it was made (events alike in all the rest keep that order).
  struct Place: Comparable, Sendable {
    var key: (earliest: DayStamp, latest: DayStamp, article: Int, sentence: Int, index: Int)
    var index: Int { key.index }

    static func < (a: Place, b: Place) -> Bool { a.key < b.key }
    static func == (a: Place, b: Place) -> Bool { a.key == b.key }
  }

  /// Appends `source`'s elements to `target` in order, moved rather than copied (a copied
  /// candidate retains each of its strings and sets, and freeing `source` released them again),
  /// leaving `source` empty (its storage freed). Popped twice, since only the last element can
  /// be moved out.
  static func move<T>(_ source: inout [T], to target: inout [T]) {
    if source.count > 1 {
      var reversed: [T] = []
      reversed.reserveCapacity(source.count)
      while let last = source.popLast() { reversed.append(last) }
      while let first = reversed.popLast() { target.append(first) }
    } else if let only = source.popLast() {
      target.append(only)
    }
    source = []
  }

  /// What became of one group of candidates.
  enum Outcome: Sendable {
    case event(Event, order: (Int, Int))
    case rejected, withoutTheme, belowConfidence
  }

  /// The event a group of candidates makes (its id still empty), or why it makes none.
  ///
  /// - Parameters:
  ///   - group: the positions of the group's members in `candidates`, read in place (a copy
  ///     of each member would retain all its strings and sets, and free them again).
  ///   - articleThemes: the main theme of each article, found once.
  static func event(
    of group: [Int], in candidates: borrowing [BuildCandidate], articles: [Article], assigner: ThemeAssigner,
    options: Options, articleThemes: inout [Int: (key: String, evidence: String)]
  ) -> Outcome {
    // The most trusted member gives the title and kind; ties go to the earliest article.
    guard
      let primary = group.indices.max(by: {
        candidates[group[$0]].score < candidates[group[$1]].score
          || (candidates[group[$0]].score == candidates[group[$1]].score && $0 > $1)
      })
    else { return .withoutTheme }
    // The lead's fields are read in place (a copy of it would retain each of its strings).
    let lead = group[primary]
    // The lead's quotes, then the other members' in group order, into one array made once.
    var citations: [Citation] = []
    citations.reserveCapacity(group.reduce(0) { $0 + candidates[$1].quotes.count })
    func cite(_ member: Int) {
      let article = articles[candidates[group[member]].article].id
      for quote in candidates[group[member]].quotes { citations.append(Citation(article: article, quote: quote)) }
    }
    cite(primary)
    for member in group.indices where member != primary { cite(member) }
    if citations.first.map({ options.rejected.contains($0) }) == true { return .rejected }
    // One member's date is the tightest (most groups have one member: no list of dates is made).
    let date =
      group.count == 1
      ? candidates[lead].date : CandidateDate.tightest(group.map { candidates[$0].date }) ?? candidates[lead].date
    var rules = candidates[lead].rules
    if group.count > 1 { rules.append("merged:\(group.count)-articles") }
    // (A group of one has its lead's date: the compare is skipped, not the answer changed.)
    if group.count > 1, date != candidates[lead].date { rules.append("date:tightest-of-citations") }
    // Whether the theme came from the text around the quotes (only the fallbacks below say so).
    var contextTheme = false
    // The quotes folded once for the themes and the summary.
    let cited = CitedQuotes(citations)
    var found = assigner.themes(in: cited.haystack)
    if found.isEmpty {
      if let other = assigner.other {
        found = [(other, "")]
        rules.append("theme:none-matched")
      } else if let paragraph = Self.paragraph(
        of: candidates[lead].quotes[0], in: articles[candidates[lead].article].text),
        let best = assigner.themes(of: paragraph, phrasesOnly: true).first
      {
        found = [(best.key, best.evidence + " (elsewhere in the paragraph)")]
        rules.append("theme:from-paragraph")
        contextTheme = true
      } else {
        let article = candidates[lead].article
        if articleThemes[article] == nil, let best = Self.mainTheme(of: articles[article].text, assigner: assigner) {
          articleThemes[article] = best
        }
        if let best = articleThemes[article] {
          found = [(best.key, best.evidence + " (elsewhere in the article)")]
          rules.append("theme:from-article")
          contextTheme = true
        }
      }
    }
    guard !found.isEmpty else { return .withoutTheme }
    let confidence = Self.confidence(candidates[lead].score + 10 * min(group.count - 1, 2) - (contextTheme ? 10 : 0))
    guard confidence >= options.minConfidence else { return .belowConfidence }
    let evidence = found.reduce(into: [String: String]()) { table, item in if !item.evidence.isEmpty { table[item.key] = item.evidence } }
    let event = Event(
      id: "", start: date.start, end: date.end, display: date.display, kind: candidates[lead].kind,
      title: candidates[lead].title,
      summary: Self.summary(title: candidates[lead].title, quotes: cited),
      themes: found.map(\.key), citations: citations, dateBasis: date.basis,
      origin: Event.extractedOrigin, themeEvidence: evidence, confidence: confidence, rules: rules)
    // The group's first sentence in the articles' order (no list of them made).
    var first = (candidates[lead].article, candidates[lead].sentence)
    for member in group where (candidates[member].article, candidates[member].sentence) < first {
      first = (candidates[member].article, candidates[member].sentence)
    }
    return .event(event, order: first)
  }

  /// A proposal's summary, in our words and saying no more than its title (the quotes are in the
  /// citations; a summary is never the article's own sentence): the title as a sentence, said to
  /// be the source's when a cited passage hedges and the title does not (the hedge may belong to
  /// another clause; the attribution keeps the summary from stating it outright).
  ///
  /// - Parameter quotes: the citations with their folded text: when it cannot hold a hedge, no
  ///   quote is read for one.
  static func summary(title: String, quotes: CitedQuotes) -> String {
    let citations = quotes.citations
    // Each distinct quote once (articles alike cite the same sentence many times; one quote needs
    // no set). The quotes first: most hedge nothing, and then the title need not be read.
    func hedges(_ quote: String) -> Bool { SupportText.hedge(in: quote) != nil }
    let hedged = quotes.mayHedge
      && (citations.count == 1 ? hedges(citations[0].quote) : Set(citations.map(\.quote)).contains(where: hedges))
      && !SupportText.isHedged(title, words: .summaryHedges)
    if hedged {
      return title + ", according to the cited passage" + (citations.count == 1 ? "." : "s.")
    }
    if endsSentence(title) { return title }
    // The title and a period written into one string made at its size (`+` copied the title into
    // a string grown for more, then appended).
    var copy = title
    return copy.withUTF8 { utf8 in
      String(unsafeUninitializedCapacity: utf8.count + 1) { sentence in
        _ = sentence.initialize(from: utf8)
        sentence[utf8.count] = UInt8(ascii: ".")
        return utf8.count + 1
      }
    }
  }

  /// True when a title's last character is `.`, `!`, `?`, `”` or `"`.
  static func endsSentence(_ title: String) -> Bool {
    let utf8 = title.utf8
    // An ASCII byte after another (or alone) is a character of its own (CR LF ends in no mark).
    if let last = utf8.last, last < 0x80, utf8.count == 1 || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80 {
      return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: "\"")
    }
    return title.last.map { ".!?”\"".contains($0) } ?? false
  }

  /// A score as a confidence from 5 to 95.
  static func confidence(_ score: Int) -> Int { min(95, max(5, 20 + score)) }

  /// Words (stems, names included) in more than a tenth of the candidates (and at least three):
  /// not evidence of a theme.
  ///
  /// - Parameter terms: the candidates' terms, each stemmed once (not once per candidate holding it).
  static func commonWords(_ terms: TermTable) -> Set<String> {
    // Each term's stem as a number (-1 for a figure, which is no word).
    var stemNumbers: [String: Int] = [:]
    var stems: [String] = []
    let stemOf = terms.texts.indices.map { term -> Int in
      guard terms.kinds[term] != .figure else { return -1 }
      let stem = ArticleReading.stem(String(terms.texts[term].dropFirst(2)))
      if let number = stemNumbers[stem] { return number }
      stemNumbers[stem] = stems.count
      stems.append(stem)
      return stems.count - 1
    }
    // Each stem counts once per candidate: `last` is the last candidate that counted it.
    var counts = [Int](repeating: 0, count: stems.count)
    var last = [Int](repeating: -1, count: stems.count)
    for (candidate, list) in terms.lists.enumerated() {
      for term in list {
        let stem = stemOf[Int(term)]
        guard stem >= 0, last[stem] != candidate else { continue }
        last[stem] = candidate
        counts[stem] += 1
      }
    }
    let limit = max(3, terms.lists.count / 10)
    return Set(stems.indices.filter { counts[$0] > limit }.map { stems[$0] })
  }

  /// The line of a text that holds a quote (a paragraph of the cleaned text).
  static func paragraph(of quote: String, in text: String) -> String? {
    guard let found = text.range(of: quote) else { return nil }
    let start = text[..<found.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let end = text[found.upperBound...].firstIndex(of: "\n") ?? text.endIndex
    return String(text[start..<end])
  }

  /// The theme whose phrases an article's text matches most often, with its first phrase.
  static func mainTheme(of text: String, assigner: ThemeAssigner) -> (key: String, evidence: String)? {
    var counts: [String: (count: Int, evidence: String)] = [:]
    for paragraph in text.split(separator: "\n") {
      for found in assigner.themes(of: String(paragraph), phrasesOnly: true) {
        counts[found.key, default: (0, found.evidence)].count += 1
      }
    }
    let order = assigner.entries.map(\.key)
    let best = order.compactMap { key in counts[key].map { (key, $0) } }.max { $0.1.count < $1.1.count }
    return best.map { ($0.0, $0.1.evidence) }
  }

  /// An id from the date and the title's first words (ASCII letters and digits), to be made
  /// unique among those already taken.
  static func idBase(for event: Event) -> String {
    func isSeparator(_ byte: UInt8?) -> Bool {
      guard let byte else { return true }
      return !(byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26)
    }
    // An open start ("by 2021-03-15") is named by its last day.
    let day = event.start.earliest.iso ?? "by-" + (event.latest.iso ?? "undated")
    // Plain ASCII is split by bytes, each of which is then a character, and folded as it is
    // copied (ASCII folds to its lower case); a title with accents is folded first and, when that
    // leaves ASCII ("Mérida" → "merida"), split by bytes too.
    func byBytes(_ text: inout String) -> String? {
      text.withUTF8 { text -> String? in
        guard String.isASCII(text) else { return nil }
        // Written into the id's own storage: the day, then at most a byte for each of the title's
        // and one dash more (each word after the first follows a separator left out).
        let dayBytes = day.utf8
        return String(unsafeUninitializedCapacity: dayBytes.count + text.count + 1) { id in
          var length = id.initialize(from: dayBytes).1
          var (index, words) = (0, 0)
          while words < 5, index < text.count {
            guard !isSeparator(text[index]) else {
              index += 1
              continue
            }
            id[length] = UInt8(ascii: "-")
            length += 1
            // A letter or a digit: setting 0x20 lowers a letter and keeps a digit.
            while index < text.count, !isSeparator(text[index]) {
              id[length] = text[index] | 0x20
              length += 1
              index += 1
            }
            words += 1
          }
          return length
        }
      }
    }
    var title = event.title
    if let id = byBytes(&title) { return id }
    var folded = TextFolding.fold(title)
    if let id = byBytes(&folded) { return id }
    return ([day] + folded.split { isSeparator($0.asciiValue) }.prefix(5).map(String.init)).joined(separator: "-")
  }
}
