/// The state of one pattern match: captures and the extent matched so far.
struct MatchState: Sendable {
  var captures = Captures()
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

/// A match's captures by name: a few pairs, looked up in order (no hashing).
struct Captures: Sendable {
  private(set) var pairs: [(key: String, value: TemporalLexValue)] = []

  subscript(key: String) -> TemporalLexValue? {
    get { pairs.first { $0.key == key }?.value }
    set {
      if let index = pairs.firstIndex(where: { $0.key == key }) {
        if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
      } else if let newValue {
        pairs.append((key, newValue))
      }
    }
  }

  mutating func reserveCapacity(_ count: Int) { pairs.reserveCapacity(count) }
}

extension TemporalTagger {
  /// Matches a pattern at a token; nil when it does not match or fails its conditions.
  /// `path` is scratch space for the matcher, kept between calls.
  func match(
    _ index: Int, in text: TemporalText, tokens: [TemporalMatcher.Token], at start: Int, path: inout [Int]
  ) -> MatchState? {
    guard let end = matcher.walk(index, tokens, at: start, path: &path) else { return nil }
    return state(index, end: end, in: text, tokens: tokens, path: path)
  }

  /// The captures and extent of pattern `index`, matched along `path` to token `end`; nil when
  /// it fails its conditions.
  func state(
    _ index: Int, end: Int, in text: TemporalText, tokens: [TemporalMatcher.Token], path: [Int]
  ) -> MatchState? {
    // The pattern's fields are read in place: a copy of the pattern would retain each of its
    // strings and sets.
    let elements = rules.patterns[index].elements
    var state = MatchState()
    state.captures.reserveCapacity(elements.count + 1)
    state.end = end
    // Lookbehind elements are context: no captures, not part of the extent.
    for e in rules.patterns[index].behind..<elements.count where path[e] >= 0 {
      let t = path[e]
      if state.first < 0 { state.first = t }
      state.last = t
      guard let key = elements[e].capture,
        let value = value(of: matcher.elements[matcher.spans[index].lowerBound + e], tokens[t], t, in: text)
      else { continue }
      state.captures[key] = value
      if key == "unit", case .code(let c) = value { state.unitPlural = c.hasSuffix("*") }
    }
    guard state.first >= 0 else { return nil }
    if rules.patterns[index].requireSingular, state.unitPlural == true { return nil }
    if rules.patterns[index].requirePlural, state.unitPlural != true { return nil }
    if let yy = state.int("yy2"), let year = state.int("year") {
      let year2 = year / 100 * 100 + yy
      guard year2 > year else { return nil }
      state.captures["year2"] = .number(year2)
    }
    if rules.patterns[index].ordered, let a = state.int("year"), let b = state.int("year2") {
      let from = a * 12 + (state.int("month") ?? 1)
      let to = b * 12 + (state.int("month2") ?? 1)
      guard to > from else { return nil }
    }
    if !rules.patterns[index].exclude.isEmpty, state.first == state.last,
      rules.patterns[index].exclude.contains(text.lower(state.first))
    {
      return nil
    }
    return state
  }

  /// What an element that took a token captures from it (nil for a literal word).
  private func value(
    of element: TemporalMatcher.Element, _ token: TemporalMatcher.Token, _ t: Int, in text: TemporalText
  ) -> TemporalLexValue? {
    switch element.kind {
    case .words: return nil
    case .year, .twoDigits: return .number(token.number)
    case .number: return .number(max(token.number, 0))
    case .day: return matcher.dayNumber(token).map { .number($0) }
    case .decade: return .code(String(text.lower(t).prefix(3)))
    case .quarter: return matcher.quarters[token.id].map { .number($0) }
    case .lexicon:
      if let value = vocabulary.value(of: token.id, in: element.classID) { return value }
      return .number(element.digits == .ordinal ? token.ordinal : token.number)
    }
  }

  /// The value of a digit ordinal (`18th`, `21st`) in a word's lower-case text, nil otherwise.
  static func ordinal(_ lower: String) -> Int? {
    let digits = lower.prefix { $0.isASCII && $0.isNumber }
    let rest = lower.dropFirst(digits.count)
    guard !digits.isEmpty, digits.count <= 3, ["st", "nd", "rd", "th"].contains(String(rest)) else { return nil }
    return Int(digits)
  }
}
