/// One article read for the builder: its tokens, sentences, paragraphs and dates, and the
/// candidates they give (the first step of the pipeline, done for each article on its own).
struct ArticleReading {
  let text: TemporalText
  let lexicon: BuildLexicon.Compiled
  let published: EDTFDate?
  /// The publication date as the article gives it for people (`2017, before May 18`).
  let publishedDisplay: String
  let mode: TemporalMode
  /// Each sentence's paragraph (a line of the cleaned text): never decreasing.
  let paragraphs: [Int]
  /// Each sentence's tokens without leading bullets and dashes.
  let spans: [Range<Int>]
  /// A date expression that can date an event: its tokens, the expression and its calendar span.
  struct Dating {
    var tokens: Range<Int>
    /// Its `sentence` is empty (the builder's tagging, `tag(_:ids:published:mode:)`, makes none):
    /// read the sentence by `sentenceIndex`. Compared or hashed with a public tagger's
    /// expression, it differs.
    var expression: TemporalExpression
    /// The expression's span (a dating is made only from an expression that has one).
    var span: TemporalSpan { expression.span! }
  }

  /// Each sentence's dating expressions (DATEs and TIMEs with a calendar span of at most twenty
  /// years: "the twenty-first century" dates nothing), in text order.
  let datings: [[Dating]]
  /// For each token, whether a temporal expression covers it (its numbers are not figures).
  let dateTokens: [Bool]
  /// For each sentence, the last sentence before it in its paragraph that has a dating expression.
  let lastDatedInParagraph: [Int?]

  /// The arrays of an article read before, kept by a worker for its next article: emptied and
  /// filled again, their room kept (read afresh, a tiny article allocated nine of them).
  struct Scratch {
    var text = TemporalText()
    var paragraphs: [Int] = []
    var spans: [Range<Int>] = []
    var datings: [[Dating]] = []
    var dateTokens: [Bool] = []
    var lastDated: [Int?] = []

    init() {}

    /// The most text whose arrays are kept: a long article's room (a token is 72 bytes, ~18 per
    /// byte of text) would stay with its worker for all the articles after it, so it is freed.
    static let largestKept = 1 << 16

    /// The arrays of a reading that is done with, to be reused (none when its text is longer
    /// than `largestKept`).
    init(_ reading: consuming ArticleReading) {
      guard reading.text.bytes.count <= Self.largestKept else { return }
      text = reading.text
      paragraphs = reading.paragraphs
      spans = reading.spans
      datings = reading.datings
      dateTokens = reading.dateTokens
      lastDated = reading.lastDatedInParagraph
    }
  }

  /// - Parameter languages: the builder's lexicons and their function words; the text's language picks its lexicon.
  init(article: borrowing Article, tagger: borrowing TemporalTagger, languages: borrowing LanguageGuess, mode: TemporalMode) {
    var scratch = Scratch()
    self.init(article: article, tagger: tagger, languages: languages, mode: mode, reusing: &scratch)
  }

  /// - Parameter scratch: the arrays of a reading done with (`Scratch(_:)`), filled for this
  ///   one (only a reading that holds them no more leaves their room to reuse: an array still
  ///   shared is copied, not changed). It is left empty.
  init(
    article: borrowing Article, tagger: borrowing TemporalTagger, languages: borrowing LanguageGuess, mode: TemporalMode,
    reusing scratch: inout Scratch
  ) {
    var text = TemporalText(article.text, abbreviations: tagger.rules.abbreviations, reusing: &scratch.text)
    let lexicon = languages.lexicon(of: text.bytes)
    self.lexicon = lexicon
    published = article.published
    publishedDisplay = article.publishedDisplay.isEmpty ? (article.published?.readable ?? "") : article.publishedDisplay
    self.mode = mode
    // One lookup per token: the lists it is in, and its word id for the tagger.
    // (A token's bytes lowered as `WordTable` lowers them are its `lower`.)
    // (The ids are a temporary allocation, on the stack for a short text: an array per article
    // cost an allocation and its release.)
    var expressions = withUnsafeTemporaryAllocation(of: Int32.self, capacity: text.tokens.count) { ids in
      text.bytes.withUnsafeBufferPointer { bytes in
        text.tokens.withUnsafeMutableBufferPointer { tokens in
          for index in tokens.indices {
            let word = UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end])
            guard let found = lexicon.words.index(of: word) else {
              ids.initializeElement(at: index, to: -1)
              continue
            }
            tokens[index].word = Int32(found)
            tokens[index].lists = lexicon.entries[found].lists
            ids.initializeElement(at: index, to: tokens[index].kind != .number ? lexicon.entries[found].temporalID : -1)
          }
        }
      }
      return tagger.tag(text, ids: UnsafeBufferPointer(ids), published: article.published, mode: mode)
    }
    // (Taken from the end of the reversed list: each expression is moved into its dating, not copied.)
    expressions.reverse()
    var paragraphs = Self.emptied(&scratch.paragraphs)
    var paragraph = 0
    var offset = 0
    for range in text.sentences {
      while offset < range.lowerBound {
        if text.bytes[offset] == 0x0A { paragraph += 1 }
        offset += 1
      }
      paragraphs.append(paragraph)
      offset = range.upperBound
    }
    self.paragraphs = paragraphs
    var spans = Self.emptied(&scratch.spans)
    spans.reserveCapacity(text.sentenceTokens.count)
    for range in text.sentenceTokens {
      var start = range.lowerBound
      while start < range.upperBound, Self.isBullet(text.mark(start)) {
        start += 1
      }
      spans.append(start..<range.upperBound)
    }
    self.spans = spans
    var datings = Self.emptied(&scratch.datings)
    datings.reserveCapacity(text.sentences.count)
    for _ in text.sentences { datings.append([]) }
    // Each token's flag is appended in one pass: the expressions are in text order and do not
    // overlap (`TemporalTagger.tag` resumes after each match's end; checked in debug builds). (Filled with `false` first, by `append(contentsOf: repeatElement(…))`, it cost
    // more than the pass.)
    var covered = Self.emptied(&scratch.dateTokens)
    covered.reserveCapacity(text.tokens.count)
    var previousEnd = 0  // (read only by the debug assert)
    while let expression = expressions.popLast() {
      let range = expression.utf8Range
      assert(range.lowerBound >= previousEnd, "the tagger's expressions in text order, not overlapping")
      previousEnd = range.upperBound
      while covered.count < text.tokens.count, text.tokens[covered.count].end <= range.lowerBound { covered.append(false) }
      let tokenIndex = covered.count
      while covered.count < text.tokens.count, text.tokens[covered.count].start < range.upperBound { covered.append(true) }
      let t = covered.count
      // (Only a DATE or a TIME has a span.)
      guard let span = expression.span, (span.end ?? span.start).year - span.start.year <= 20,
        // A range that ends before it starts ("since 2019" in an article of 2008) dates nothing.
        (span.end ?? span.start).lastDay >= span.start.firstDay
      else { continue }
      // (Consumed: the expression is moved into its dating, not copied and then destroyed.)
      let sentence = expression.sentenceIndex
      datings[sentence].append(Dating(tokens: tokenIndex..<t, expression: consume expression))
    }
    while covered.count < text.tokens.count { covered.append(false) }
    self.datings = datings
    dateTokens = covered
    var lastDated = Self.emptied(&scratch.lastDated)
    for sentence in datings.indices {
      let previous = sentence - 1
      if previous >= 0, paragraphs[previous] == paragraphs[sentence] {
        lastDated.append(!datings[previous].isEmpty ? previous : lastDated[previous])
      } else {
        lastDated.append(nil)
      }
    }
    lastDatedInParagraph = lastDated
    // (Stored last, when the reading of it is done: stored earlier, it was copied.)
    self.text = text
  }

  /// A scratch array taken out of its place (left empty), emptied with its room kept.
  private static func emptied<T>(_ array: inout [T]) -> [T] {
    var taken: [T] = []
    swap(&taken, &array)
    taken.removeAll(keepingCapacity: true)
    return taken
  }

  /// A mark that leads a line as a bullet or a dash (`-`, `–`, `—`, `•`, `*`, `·`, `►`).
  static func isBullet(_ mark: Unicode.Scalar?) -> Bool {
    guard let mark else { return false }
    return switch mark {
    case "-", "–", "—", "•", "*", "·", "►": true
    default: false
    }
  }

  // MARK: Sentences

  /// The verbatim text of a token range.
  func string(_ tokens: Range<Int>) -> String {
    guard let first = tokens.first else { return "" }
    return text.string(text.tokens[first].start..<text.tokens[tokens.upperBound - 1].end)
  }

  /// The number of word tokens in a range.
  func wordCount(_ tokens: Range<Int>) -> Int {
    tokens.reduce(0) { $0 + (text.tokens[$1].kind == .word ? 1 : 0) }
  }

  /// True when a sentence reads as prose: not a caption, heading, credit or page furniture.
  func isProse(_ sentence: Int) -> Bool {
    let span = spans[sentence]
    let words = wordCount(span)
    guard words >= 6 else { return false }
    // The paragraph's first sentence decides whether the line is a caption ("Source: …").
    let lineStart = paragraphStart(of: sentence)
    let first = spans[lineStart]
    if let first = first.first, lexicon.captionPrefixes.match(in: text, at: first, limit: spans[lineStart].upperBound) != nil {
      return false
    }
    // Title case ("Incredible Map Reveals Energy Discovery That Spans The Entire U.S.") is a
    // heading or an advertisement; a sentence full of names still has its small words.
    var capitalized = 0
    for t in span where text.tokens[t].kind == .word && text.tokens[t].capitalized { capitalized += 1 }
    if capitalized * 100 > words * 85 { return false }
    // A single line without a final mark is a heading, unless it is long.
    let ends = text.mark(span.upperBound - 1).map { [".", "!", "?", "…", "”", "\"", "’", ")", ":"].contains($0) } ?? false
    let alone = (sentence == 0 || paragraphs[sentence - 1] != paragraphs[sentence])
      && (sentence + 1 == paragraphs.count || paragraphs[sentence + 1] != paragraphs[sentence])
    if !ends, alone, words < 20 { return false }
    return true
  }

  /// The first sentence of a sentence's paragraph: the first whose paragraph is not before its
  /// own, found by halving (`paragraphs` never decreases; an array of them cost an allocation
  /// and a release for every article).
  func paragraphStart(of sentence: Int) -> Int {
    let paragraph = paragraphs[sentence]
    var (low, high) = (0, sentence)
    while low < high {
      let middle = low + (high - low) / 2
      if paragraphs[middle] < paragraph { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The tense of a clause, from its first verb (an auxiliary, a past or future word of the tense
  /// rules, a lower-case `-ed` word): future, past (perfects included), or present when it has none.
  func tense(_ tokens: Range<Int>) -> TemporalTense {
    for t in tokens where isVerb(t) {
      let word = text.tokens[t].word
      let cue = word >= 0 ? lexicon.tenseCues[Int(word)] : lexicon.rules.unlistedCue(t, in: text)
      if cue == .future { return .future }
      if cue == .past || text.tokens[t].isIn(.pastForms)
        || ["has", "have", "had", "ha", "han", "había", "habían"].contains(text.lower(t))
      {
        return .past
      }
      return .present
    }
    return .present
  }

  /// Figures of a sentence: numbers outside its dates, and counting words, next to a unit or a
  /// counted noun (`34,500 homicides`, `$2.6 billion`, `500%`, `tens of thousands of homicides`).
  func figures(_ tokens: Range<Int>) -> [Int] {
    var found: [Int] = []
    for t in tokens
    where (text.tokens[t].kind == .number && !dateTokens[t]) || text.tokens[t].isIn(.countWords) {
      if t > tokens.lowerBound, text.mark(t - 1).map({ $0 == "$" || $0 == "€" }) ?? false {
        found.append(t)
        continue
      }
      for next in (t + 1)..<min(t + 4, tokens.upperBound)
      where lexicon.statisticUnits.match(in: text, at: next, limit: tokens.upperBound) != nil {
        found.append(t)
        break
      }
      if found.last == t { continue }
      // A count of something: a number before a plural noun ("28 defendants", "32 DEA offices").
      if text.tokens[t].kind == .number,
        ((t + 1)..<min(t + 3, tokens.upperBound)).contains(where: { next in
          let word = text.tokens[next]
          guard word.kind == .word, !word.capitalized, !word.isIn(.stopwords) else { return false }
          return text.lower(next, endsWith: "s", longerThan: 3) && !text.lower(next, endsWith: "ss", longerThan: 3)
        })
      {
        found.append(t)
      }
    }
    return found
  }
}
