/// The state of one pattern match: captures and the extent matched so far.
struct MatchState: Sendable {
  var captures: [String: TemporalLexValue] = [:]
  /// The first and last token of the extent (context elements excluded).
  var first = -1
  var last = -1
  /// The token after the whole match (context included).
  var end = 0
  /// Whether the UNIT word was plural.
  var unitPlural: Bool?

  /// An integer capture.
  func int(_ key: String) -> Int? {
    if case .number(let n)? = captures[key] { return n }
    return nil
  }

  /// A code capture, without its plural mark.
  func code(_ key: String) -> String? {
    if case .code(let c)? = captures[key] { return c.hasSuffix("*") ? String(c.dropLast()) : c }
    return nil
  }
}

/// What one pattern match walks over.
struct Walk {
  var pattern: TemporalPattern
  var tests: [TemporalVocabulary.Test]
  var sentence: Int
  var text: TemporalText
  var ids: [Int32]
}

extension TemporalTagger {
  /// Matches a pattern at a token; nil when it does not match or fails its conditions.
  func match(_ index: Int, in text: TemporalText, ids: [Int32], at start: Int) -> MatchState? {
    let pattern = rules.patterns[index]
    var state = MatchState()
    let sentence = text.tokens[start].sentence
    let walk = Walk(pattern: pattern, tests: vocabulary.tests[index], sentence: sentence, text: text, ids: ids)
    // Lookbehind context was checked by the probe; the walk starts at the first real element.
    guard step(walk, pattern.behind, start, &state), state.first >= 0 else { return nil }
    if pattern.requireSingular, state.unitPlural == true { return nil }
    if pattern.requirePlural, state.unitPlural != true { return nil }
    if let yy = state.int("yy2"), let year = state.int("year") {
      let year2 = year / 100 * 100 + yy
      guard year2 > year else { return nil }
      state.captures["year2"] = .number(year2)
    }
    if pattern.ordered, let a = state.int("year"), let b = state.int("year2") {
      let from = a * 12 + (state.int("month") ?? 1)
      let to = b * 12 + (state.int("month2") ?? 1)
      guard to > from else { return nil }
    }
    if !pattern.exclude.isEmpty, state.first == state.last, pattern.exclude.contains(text.tokens[state.first].lower) {
      return nil
    }
    return state
  }

  /// Matches elements from `e` on at token `t`, greedily, backtracking over optional elements.
  private func step(_ walk: Walk, _ e: Int, _ t: Int, _ state: inout MatchState) -> Bool {
    if e == walk.pattern.elements.count {
      state.end = t
      return true
    }
    let element = walk.pattern.elements[e]
    if t < walk.text.tokens.count, walk.text.tokens[t].sentence == walk.sentence,
      let captured = test(element, walk.tests[e], walk.text.tokens[t], walk.ids[t])
    {
      var next = state
      if let key = element.capture, let value = captured {
        next.captures[key] = value
        if key == "unit", case .code(let c) = value { next.unitPlural = c.hasSuffix("*") }
      }
      if !element.isContext {
        if next.first < 0 { next.first = t }
        next.last = t
      }
      if step(walk, e + 1, t + 1, &next) {
        state = next
        return true
      }
    }
    if element.optional { return step(walk, e + 1, t, &state) }
    return false
  }

  /// Tests one token: nil when it does not match; `.some(value)` with the captured value, if any.
  private func test(
    _ element: TemporalElement, _ compiled: TemporalVocabulary.Test, _ token: TemporalText.Token, _ id: Int32
  ) -> TemporalLexValue?? {
    if element.capitalized, !token.capitalized { return nil }
    switch compiled {
    case .words(let words):
      return id >= 0 && words.contains(id) ? .some(nil) : nil
    case .year:
      guard token.digits == 4, let n = token.number, (1800...2199).contains(n) else { return nil }
      return .number(n)
    case .day:
      if token.kind == .number, (1...2).contains(token.digits), let n = token.number, (1...31).contains(n) {
        return .number(n)
      }
      if let n = Self.ordinal(token), (1...31).contains(n) { return .number(n) }
      return nil
    case .twoDigits:
      guard token.digits == 2, let n = token.number else { return nil }
      return .number(n)
    case .number:
      return token.kind == .number ? .number(token.number ?? 0) : nil
    case .decade:
      let bytes = Array(token.lower.utf8)
      guard bytes.count == 5, bytes[4] == 0x73, bytes[3] == 0x30, bytes[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      else { return nil }
      return .code(String(token.lower.prefix(3)))
    case .quarter:
      let map = ["q1": 1, "q2": 2, "q3": 3, "q4": 4]
      return map[token.lower].map { .number($0) }
    case .lexicon(let classID, let digits):
      if let value = vocabulary.value(of: id, in: classID) { return .some(value) }
      if digits == .number, token.kind == .number, token.digits > 0, let n = token.number { return .number(n) }
      if digits == .ordinal, let n = Self.ordinal(token) { return .number(n) }
      return nil
    }
  }

  /// The value of a digit ordinal (`18th`, `21st`), nil otherwise.
  static func ordinal(_ token: TemporalText.Token) -> Int? {
    guard token.kind == .word else { return nil }
    let digits = token.lower.prefix { $0.isASCII && $0.isNumber }
    let rest = token.lower.dropFirst(digits.count)
    guard !digits.isEmpty, digits.count <= 3, ["st", "nd", "rd", "th"].contains(String(rest)) else { return nil }
    return Int(digits)
  }
}
