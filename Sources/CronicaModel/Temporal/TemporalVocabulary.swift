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

  /// Word → id, for lexicon words and pattern literals.
  var ids: [String: Int32] = [:]
  /// By word id: the lexicon classes (by class id) the word belongs to, with its value.
  var entries: [[(classID: Int, value: TemporalLexValue)]] = []
  /// By word id: the patterns a match can start at.
  var startByWord: [[Int]] = []
  /// Patterns that can start at a number, or at a word beginning with a digit (`18th`, `1990s`).
  var startByNumber: [Int] = []
  var startByAlnum: [Int] = []
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
    startByWord = Array(repeating: [], count: ids.count)
    for (p, pattern) in rules.patterns.enumerated() {
      for (e, element) in pattern.elements.enumerated() where e >= pattern.behind {
        switch tests[p][e] {
        case .words(let words): for w in words { startByWord[Int(w)].append(p) }
        case .year, .twoDigits, .number: startByNumber.append(p)
        case .day:
          startByNumber.append(p)
          startByAlnum.append(p)
        case .decade: startByAlnum.append(p)
        case .quarter: for q in ["q1", "q2", "q3", "q4"] { startByWord[Int(ids[q] ?? 0)].append(p) }
        case .lexicon(let classID, let digits):
          for (w, list) in entries.enumerated() where list.contains(where: { $0.classID == classID }) {
            startByWord[w].append(p)
          }
          if digits == .number { startByNumber.append(p) }
          if digits == .ordinal { startByAlnum.append(p) }
        }
        if !element.optional { break }
      }
    }
    func unique(_ list: [Int]) -> [Int] { Array(Set(list)).sorted() }
    startByWord = startByWord.map(unique)
    startByNumber = unique(startByNumber)
    startByAlnum = unique(startByAlnum)
  }

  /// The value of a word in a lexicon class, if it belongs to it.
  func value(of word: Int32, in classID: Int) -> TemporalLexValue? {
    guard word >= 0 else { return nil }
    for entry in entries[Int(word)] where entry.classID == classID { return entry.value }
    return nil
  }

  /// The patterns that can start at a token.
  func candidates(for token: TemporalMatcher.Token) -> [Int] {
    if token.isNumber { return startByNumber }
    if token.isAlnum {
      return token.id >= 0 ? (startByAlnum + startByWord[Int(token.id)]).sorted() : startByAlnum
    }
    return token.id >= 0 ? startByWord[Int(token.id)] : []
  }
}
