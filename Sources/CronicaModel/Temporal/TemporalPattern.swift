/// One compiled pattern: a sequence of token tests and how to normalize what it matched.
struct TemporalPattern: Sendable {
  /// How a matched expression gets its value.
  enum Operation: Sendable, Equatable {
    /// Fill the value template from the captures.
    case template(ValueTemplate)
    /// Shift an anchor by a number of units (`last year`, `two days ago`).
    case shift(unit: String?, by: String)
    /// The nearest weekday before (-1), after (1) or by tense (0).
    case weekday(by: Int)
  }

  var id: String
  var language: String
  var elements: [TemporalElement]
  /// How many leading elements are lookbehind context (`<for`): tested on the tokens before the match.
  var behind: Int
  var type: TimexType
  var operation: Operation
  /// True when a relative value is computed from the last mentioned date, whatever the mode.
  var anchorsOnPrevious: Bool
  /// True when a shift keeps the anchor's precision (`two years later` after `January 2019`).
  var keepsAnchorPrecision: Bool
  /// The unit of a duration or shift when the pattern names it rather than capturing it.
  var fixedUnit: String?
  var mod: String?
  var exclude: Set<String>
  var ordered: Bool
  var vague: Bool
  var requireSingular: Bool
  var requirePlural: Bool

  init(spec: TemporalRuleDocument.PatternSpec, language: String, lexicon: [String: [String: TemporalLexValue]])
    throws(TemporalRulesError)
  {
    func failure(_ reason: String) -> TemporalRulesError {
      TemporalRulesError(file: "\(language).json", pattern: spec.id, reason: reason)
    }
    id = spec.id
    self.language = language
    guard let type = TimexType(rawValue: spec.type) else { throw failure("unknown type '\(spec.type)'") }
    self.type = type
    elements = []
    for text in spec.match {
      guard let element = TemporalElement(parsing: text, lexicon: lexicon) else {
        throw failure("cannot read element '\(text)'")
      }
      elements.append(element)
    }
    guard elements.contains(where: { !$0.isContext && !$0.optional }) else {
      throw failure("no required element")
    }
    behind = elements.prefix { $0.isContext }.count
    guard !elements.dropFirst(behind).contains(where: \.isContext),
      !elements.prefix(behind).contains(where: \.optional)
    else {
      throw failure("context elements (<) must come first and cannot be optional")
    }
    switch (spec.value, spec.op) {
    case (let value?, nil): operation = .template(ValueTemplate(value))
    case (nil, "shift"?): operation = .shift(unit: spec.unit, by: spec.by ?? "0")
    case (nil, "weekday"?): operation = .weekday(by: Int(spec.by ?? "0") ?? 0)
    default: throw failure("needs either a value template or op shift/weekday")
    }
    anchorsOnPrevious = spec.anchor == "previous"
    keepsAnchorPrecision = spec.keep == "anchor"
    fixedUnit = spec.unit
    mod = spec.mod
    exclude = Set(spec.exclude ?? [])
    ordered = spec.ordered ?? false
    vague = spec.vague ?? false
    requireSingular = spec.requireSingular ?? false
    requirePlural = spec.requirePlural ?? false
  }
}

/// The TIMEX3 type of an expression.
public enum TimexType: String, Sendable, Hashable, Codable {
  case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One position of a pattern: what the token must be, and what it captures.
struct TemporalElement: Sendable {
  /// What a token must be.
  enum Test: Sendable, Equatable {
    /// One of these lower-case words or punctuation marks.
    case words(Set<String>)
    /// A word of a lexicon class (`MONTH`); NUM and ORD also accept digits.
    case lexicon(String)
    /// A four-digit year, a day of month, a two-digit number, any number,
    /// a decade (`1990s`), a quarter code (`Q1`).
    case year, day, twoDigits, number, decade, quarter
  }

  var test: Test
  /// The capture key (`year`, `month2`), nil for literal words.
  var capture: String?
  var optional: Bool
  /// Required but outside the expression's extent (`<for`).
  var isContext: Bool
  /// The token must start with a capital letter (`MONTH!`).
  var capitalized: Bool

  init?(parsing raw: String, lexicon: [String: [String: TemporalLexValue]]) {
    var text = Substring(raw)
    isContext = text.first == "<"
    if isContext { text = text.dropFirst() }
    optional = text.count > 1 && text.last == "?"
    if optional { text = text.dropLast() }
    capitalized = text.count > 1 && text.last == "!"
    if capitalized { text = text.dropLast() }
    guard !text.isEmpty else { return nil }
    let isClass = text.allSatisfy { ($0.isASCII && $0.isUppercase) || $0.isNumber } && text.first?.isLetter == true
    if !isClass {
      test = .words(Set(text.split(separator: "|").map { String($0) }))
      capture = nil
      return
    }
    let name = String(text.prefix { !$0.isNumber })
    let suffix = String(text.drop { !$0.isNumber })
    capture = name.lowercased() + suffix
    switch name {
    case "YEAR": test = .year
    case "DAY": test = .day
    case "YY": test = .twoDigits
    case "NUMBER": test = .number
    case "DECADE": test = .decade
    case "QUARTER": test = .quarter
    default:
      guard lexicon[name] != nil || name == "NUM" || name == "ORD" else { return nil }
      test = .lexicon(name)
    }
  }
}

/// A value template (`{year}-{month}`, `{year-1}-10/{year2}-09`, `{num:2}`) cut once into its
/// literal text and placeholders, so that filling it parses nothing.
struct ValueTemplate: Sendable, Equatable {
  /// A placeholder and the literal text before it.
  struct Piece: Sendable, Equatable {
    var literal: String
    var key: String
    /// Added to a number (`{year-1}`).
    var offset: Int
    /// Pads a number to this many digits (`{num:2}`); 0 for none.
    var width: Int
    /// The digits a number capture of this key is padded to when `width` says none: 4 for a
    /// year, 2 for a month or a day, 0 otherwise.
    var keyWidth: Int

    init(literal: String, key: String, offset: Int, width: Int) {
      self.literal = literal
      self.key = key
      self.offset = offset
      self.width = width
      keyWidth = Self.width(ofNumberNamed: key)
    }

    /// A number capture written into the value: moved by the offset, then padded once, to the
    /// template's width or else the key's.
    func written(_ number: Int) -> String {
      TemporalCalendar.pad(number + offset, width > 0 ? width : keyWidth)
    }

    static func width(ofNumberNamed key: String) -> Int {
      key.hasPrefix("year") ? 4 : key.hasPrefix("month") || key.hasPrefix("day") ? 2 : 0
    }
  }

  var pieces: [Piece] = []
  /// The text after the last placeholder.
  var tail: String
  /// False when a `{` is never closed: the template gives no value.
  var closed = true
  /// True for `{year}`, `{year}-{month}` and `{year}-{month}-{day}` (no offsets, no widths): an
  /// ISO date of its captures (`TemporalTagger.isoDate`).
  var isISODate = false
  /// Whether a placeholder is `{year}` (with or without an offset or a width): a match that
  /// captured no year fills it from the anchor (`TemporalPattern.readsTense`).
  var namesYear = false

  init(_ template: String) {
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let literal = String(rest[..<open])
      guard let close = rest[open...].firstIndex(of: "}") else {
        closed = false
        break
      }
      var name = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      var offset = 0
      if let sign = name.lastIndex(where: { $0 == "-" || $0 == "+" }), sign != name.startIndex,
        let n = Int(name[sign...])
      {
        offset = n
        name = name[..<sign]
      }
      var width = 0
      if let colon = name.firstIndex(of: ":") {
        width = Int(name[name.index(after: colon)...]) ?? 0
        name = name[..<colon]
      }
      pieces.append(Piece(literal: literal, key: String(name), offset: offset, width: width))
    }
    tail = String(rest)
    namesYear = pieces.contains { $0.key == "year" }
    let keys = ["year", "month", "day"]
    isISODate = closed && tail.isEmpty && (1...3).contains(pieces.count)
      && pieces.indices.allSatisfy { k in
        pieces[k].key == keys[k] && pieces[k].literal == (k == 0 ? "" : "-") && pieces[k].offset == 0 && pieces[k].width == 0
      }
  }
}
