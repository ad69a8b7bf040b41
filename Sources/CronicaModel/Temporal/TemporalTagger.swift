/// Finds temporal expressions in article text and normalizes them to TIMEX3 values.
///
/// A hand-written scanner over tokens: at each token only the patterns whose first element can
/// match it are tried, and the longest match wins (ties go to the earlier pattern). The rules
/// come as a value (`TemporalRules`), loaded from JSON by the caller.
public struct TemporalTagger: Sendable {
  /// The rules this tagger applies.
  public let rules: TemporalRules
  /// Pattern indices by the key of the token a match can start at.
  let firstIndex: [String: [Int]]

  /// Creates a tagger for a set of rules.
  public init(rules: TemporalRules) {
    self.rules = rules
    var index: [String: Set<Int>] = [:]
    for (p, pattern) in rules.patterns.enumerated() {
      for element in pattern.elements {
        for key in Self.startKeys(of: element, lexicon: rules.lexicon) { index[key, default: []].insert(p) }
        if !element.optional { break }
      }
    }
    firstIndex = index.mapValues { $0.sorted() }
  }

  /// The token keys an element can match: lower-case words, `#number` or `#alnum` (digits then letters).
  static func startKeys(of element: TemporalElement, lexicon: [String: [String: TemporalLexValue]]) -> [String] {
    switch element.test {
    case .words(let words): return Array(words)
    case .year, .twoDigits, .number: return ["#number"]
    case .day: return ["#number", "#alnum"]
    case .decade: return ["#alnum"]
    case .quarter: return ["q1", "q2", "q3", "q4"]
    case .lexicon(let name):
      var keys = Array(lexicon[name, default: [:]].keys)
      if name == "NUM" { keys.append("#number") }
      if name == "ORD" { keys.append("#alnum") }
      return keys
    }
  }

  /// The index key of a token.
  static func key(of token: TemporalText.Token) -> String {
    if token.kind == .number { return "#number" }
    if token.kind == .word, let first = token.lower.utf8.first, first >= 0x30, first <= 0x39 { return "#alnum" }
    return token.lower
  }

  /// Tags a text: every expression found, in text order.
  ///
  /// - Parameters:
  ///   - published: the publication date, to the precision known; nil when unknown.
  ///   - mode: news anchors relative expressions on the publication date, narrative on the last
  ///     mentioned date.
  public func tag(_ text: String, published: PartialDate?, mode: TemporalMode) -> [TemporalExpression] {
    let prepared = TemporalText(text, abbreviations: rules.abbreviations)
    var context = ResolutionContext(published: published, mode: mode)
    var results: [TemporalExpression] = []
    var i = 0
    let tokens = prepared.tokens
    while i < tokens.count {
      guard let candidates = firstIndex[Self.key(of: tokens[i])] else {
        i += 1
        continue
      }
      var best: (pattern: Int, state: MatchState)?
      for p in candidates {
        guard let state = match(rules.patterns[p], in: prepared, at: i) else { continue }
        if let current = best, current.state.last >= state.last { continue }
        best = (p, state)
      }
      guard let best else {
        i += 1
        continue
      }
      let pattern = rules.patterns[best.pattern]
      let range = tokens[best.state.first].start..<tokens[best.state.last].end
      let sentenceIndex = tokens[best.state.first].sentence
      let sentenceRange = prepared.sentences[sentenceIndex]
      let tense = context.tense(of: sentenceIndex, in: prepared, rules: rules)
      let resolved = resolve(pattern, best.state, context: context, tense: tense)
      if let date = resolved.pointDate, pattern.type == .date || pattern.type == .time {
        context.lastMentioned = date
      }
      results.append(
        TemporalExpression(
          text: prepared.string(range), utf8Range: range, value: resolved.value, type: pattern.type,
          mod: resolved.mod, sentence: prepared.string(sentenceRange), sentenceIndex: sentenceIndex,
          anchor: resolved.anchor, rule: pattern.id))
      i = best.state.end
    }
    return results
  }
}

/// What the tagger knows while it walks a text: the anchors and each sentence's tense.
struct ResolutionContext {
  var published: PartialDate?
  var mode: TemporalMode
  var lastMentioned: PartialDate?
  var tenses: [Int: TemporalTense] = [:]

  init(published: PartialDate?, mode: TemporalMode) {
    self.published = published
    self.mode = mode
  }

  /// The tense of a sentence from its cue words: any future cue makes it future, else any past cue past.
  mutating func tense(of sentence: Int, in text: TemporalText, rules: TemporalRules) -> TemporalTense {
    if let known = tenses[sentence] { return known }
    var past = false
    var future = false
    for t in text.sentenceTokens[sentence] where text.tokens[t].kind == .word {
      let word = text.tokens[t].lower
      if rules.futureWords.contains(word) || rules.futureSuffixes.contains(where: { word.hasSuffix($0) }) {
        future = true
      } else if rules.pastWords.contains(word)
        || rules.pastSuffixes.contains(where: { word.count > $0.count + 2 && word.hasSuffix($0) })
      {
        past = true
      }
    }
    let tense: TemporalTense = future ? .future : (past ? .past : .present)
    tenses[sentence] = tense
    return tense
  }
}
