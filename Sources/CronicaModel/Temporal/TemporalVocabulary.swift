/// The rules compiled for speed: every known word gets an integer id, so that matching a token
/// costs one dictionary lookup, and each pattern element becomes a test on ids.
struct TemporalVocabulary: Sendable {
  /// How a lexicon class also accepts digits.
  enum Digits: Sendable { case none, number, ordinal }

  /// A compiled element test.
  enum Test: Sendable {
    case words([Int32])
    case lexicon(Int, Digits)
    case year, day, twoDigits, number, decade, quarter
  }

  /// Word → id, for lexicon words, pattern literals and tense words (`cues` is by these ids).
  var ids: [String: Int32] = [:]
  /// By word id: the lexicon classes (by class id) the word belongs to, with its value.
  var entries: [[(classID: Int, value: TemporalLexValue)]] = []
  /// Patterns listed by the tokens an element of theirs can take: by word id, numbers, and words
  /// beginning with a digit (`18th`, `1990s`).
  struct Starts: Sendable {
    var byWord: [[Int]]
    var byNumber: [Int] = []
    var byAlnum: [Int] = []

    /// The patterns listed for a token, in order (a pattern may come twice for `18th`).
    func patterns(for token: TemporalMatcher.Token) -> [Int] {
      if token.isNumber { return byNumber }
      if token.isAlnum {
        return token.id >= 0 ? (byAlnum + byWord[Int(token.id)]).sorted() : byAlnum
      }
      return token.id >= 0 ? byWord[Int(token.id)] : []
    }

    func lists(_ token: TemporalMatcher.Token) -> Bool {
      if token.isNumber { return !byNumber.isEmpty }
      return (token.isAlnum && !byAlnum.isEmpty) || (token.id >= 0 && !byWord[Int(token.id)].isEmpty)
    }
  }

  /// The patterns whose first required element (after their lookbehind and the optional ones
  /// before it; the last element when all are optional, as `TemporalMatcher` takes it) can take a token.
  var starts = Starts(byWord: [])
  /// The patterns only an optional element before that one can take a token at (the `the` of
  /// `the? MONTH`): they match there only when one of the next tokens starts one of `starts`.
  var optionalStarts = Starts(byWord: [])
  /// By word id: whether an element can take the word (a word of a lexicon class, of a pattern,
  /// or a quarter code); a tense word alone is taken by none.
  var taken: [Bool] = []
  /// The patterns of `starts` with one required element (after their lookbehind): the only ones
  /// that can match at a token after which no element can take the next one.
  var singleStarts = Starts(byWord: [])
  /// The most optional elements before a pattern's first required one.
  var mostSkippable = 0
  /// By pattern, by element: the compiled test.
  var tests: [[Test]] = []
  /// By word id: the tense the word cues (`TemporalRules.cue`). Every word of the tense lists has
  /// an id, so a word without one cues only by its ending.
  var cues: [TemporalTense?] = []

  init(rules: TemporalRules) {
    var classIDs: [String: Int] = [:]
    func id(_ word: String) -> Int32 {
      if let known = ids[word] { return known }
      let new = Int32(ids.count)
      ids[word] = new
      entries.append([])
      return new
    }
    for (name, table) in rules.lexicon.sorted(by: { $0.key < $1.key }) {
      let classID = classIDs.count
      classIDs[name] = classID
      for (word, value) in table { entries[Int(id(word))].append((classID, value)) }
    }
    for quarter in ["q1", "q2", "q3", "q4"] { _ = id(quarter) }
    for pattern in rules.patterns {
      tests.append(
        pattern.elements.map { element in
          switch element.test {
          case .words(let words): return .words(words.map { id($0) })
          case .lexicon(let name):
            let digits: Digits = name == "NUM" ? .number : (name == "ORD" ? .ordinal : .none)
            return .lexicon(classIDs[name] ?? -1, digits)
          case .year: return .year
          case .day: return .day
          case .twoDigits: return .twoDigits
          case .number: return .number
          case .decade: return .decade
          case .quarter: return .quarter
          }
        })
    }
    // The tense words get ids too (after the patterns' words), so that a token's id gives its cue.
    for word in rules.pastWords.union(rules.futureWords).sorted() { _ = id(word) }
    cues = Array(repeating: nil, count: ids.count)
    for (word, id) in ids { cues[Int(id)] = rules.cue(word) }
    starts = Starts(byWord: Array(repeating: [], count: ids.count))
    optionalStarts = starts
    for (p, pattern) in rules.patterns.enumerated() {
      var required = pattern.behind
      while required < pattern.elements.count - 1, pattern.elements[required].optional { required += 1 }
      mostSkippable = max(mostSkippable, required - pattern.behind)
      for e in pattern.behind..<min(required + 1, pattern.elements.count) {
        let list = e == required ? \Self.starts : \Self.optionalStarts
        switch tests[p][e] {
        case .words(let words): for w in words { self[keyPath: list].byWord[Int(w)].append(p) }
        case .year, .twoDigits, .number: self[keyPath: list].byNumber.append(p)
        case .day:
          self[keyPath: list].byNumber.append(p)
          self[keyPath: list].byAlnum.append(p)
        case .decade: self[keyPath: list].byAlnum.append(p)
        case .quarter: for q in ["q1", "q2", "q3", "q4"] { self[keyPath: list].byWord[Int(ids[q] ?? 0)].append(p) }
        case .lexicon(let classID, let digits):
          for (w, members) in entries.enumerated() where members.contains(where: { $0.classID == classID }) {
            self[keyPath: list].byWord[w].append(p)
          }
          if digits == .number { self[keyPath: list].byNumber.append(p) }
          if digits == .ordinal { self[keyPath: list].byAlnum.append(p) }
        }
      }
    }
    // A pattern in both lists for a token is a start of it.
    func unique(_ list: [Int], without direct: [Int]) -> [Int] { Array(Set(list).subtracting(direct)).sorted() }
    starts.byWord = starts.byWord.map { unique($0, without: []) }
    starts.byNumber = unique(starts.byNumber, without: [])
    starts.byAlnum = unique(starts.byAlnum, without: [])
    optionalStarts.byWord = optionalStarts.byWord.indices.map { unique(optionalStarts.byWord[$0], without: starts.byWord[$0]) }
    optionalStarts.byNumber = unique(optionalStarts.byNumber, without: starts.byNumber)
    optionalStarts.byAlnum = unique(optionalStarts.byAlnum, without: starts.byAlnum)
    taken = entries.map { !$0.isEmpty }
    for case .words(let words) in tests.joined() { for w in words { taken[Int(w)] = true } }
    for q in ["q1", "q2", "q3", "q4"] { ids[q].map { taken[Int($0)] = true } }
    let single = rules.patterns.map { $0.elements.dropFirst($0.behind).filter { !$0.optional }.count == 1 }
    singleStarts = Starts(
      byWord: starts.byWord.map { $0.filter { single[$0] } }, byNumber: starts.byNumber.filter { single[$0] },
      byAlnum: starts.byAlnum.filter { single[$0] })
  }

  /// False for a token no element can take: a word that does not begin with a digit and is no
  /// word of `taken` (each element's test asks for a number, such a word or one of those).
  func takes(_ token: TemporalMatcher.Token) -> Bool {
    token.isNumber || token.isAlnum || (token.id >= 0 && taken[Int(token.id)])
  }

  /// True for a word the rules do not know (most tokens): it starts no pattern and no optional
  /// element (`Starts.patterns(for:)` lists none for it in either list).
  func startsNothing(_ token: TemporalMatcher.Token) -> Bool {
    token.id < 0 && !token.isNumber && !token.isAlnum
  }

  /// The value of a word in a lexicon class, if it belongs to it.
  func value(of word: Int32, in classID: Int) -> TemporalLexValue? {
    guard word >= 0 else { return nil }
    for entry in entries[Int(word)] where entry.classID == classID { return entry.value }
    return nil
  }

  /// The patterns that can match at token `t`, in order: those it starts, and those whose optional
  /// elements it can start when one of the next tokens starts some pattern (else their first
  /// required element takes no token within their reach, and they fail).
  ///
  /// A match takes a run of tokens from `t` on, one for each element it does not leave out, in
  /// one sentence: when no element can take the next token (a word the rules do not know, or
  /// none in the sentence), only a pattern with a single required element can match (most
  /// tokens tried are such words: `the council`, `district 0 approved`). A word the rules do not
  /// know at `t` gets none (`startsNothing`); the tagger does not ask for it.
  func candidates(in tokens: [TemporalMatcher.Token], at t: Int) -> [Int] {
    guard t + 1 < tokens.count, tokens[t + 1].sentence == tokens[t].sentence, takes(tokens[t + 1]) else {
      return singleStarts.patterns(for: tokens[t])
    }
    let direct = starts.patterns(for: tokens[t])
    guard optionalStarts.lists(tokens[t]),
      (t + 1..<min(t + 1 + mostSkippable, tokens.count)).contains(where: { starts.lists(tokens[$0]) })
    else { return direct }
    let optional = optionalStarts.patterns(for: tokens[t])
    return direct.isEmpty ? optional : (direct + optional).sorted()
  }
}
