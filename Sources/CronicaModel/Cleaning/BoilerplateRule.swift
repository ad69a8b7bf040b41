/// One kind of site chrome, recognized on a whole trimmed line.
struct BoilerplateRule: Sendable {
  /// A short name for tests and reports.
  let name: String
  /// What the rule removes and why a body paragraph cannot match it.
  let comment: String
  /// A cheap look at the raw line that every line `matches` accepts passes too: most body lines
  /// fail it for every rule, and are then never lower-cased and split into words.
  let mayMatch: @Sendable (String) -> Bool
  /// Whether a line whose first byte is the ASCII byte given may pass `mayMatch` (true for every
  /// byte that starts a line it passes; a line that starts beyond ASCII is given to every rule).
  let mayStart: @Sendable (UInt8) -> Bool
  /// Whether the line (trimmed, single-spaced) is this kind of chrome.
  let matches: @Sendable (ChromeLine) -> Bool

  /// A rule whose cheap look is that the line may start with one of `prefixes`: its first-byte
  /// answer is built from the same prefixes, so the two cannot disagree.
  init(name: String, comment: String, prefixes: LinePrefixes, matches: @escaping @Sendable (ChromeLine) -> Bool) {
    self.init(
      name: name, comment: comment, mayMatch: { ChromeLine.mayStart($0, with: prefixes) },
      mayStart: { prefixes.mayStartLine(with: $0) }, matches: matches)
  }

  /// A rule with a hand-written cheap look and first-byte answer (its comment says why they agree).
  init(
    name: String, comment: String, mayMatch: @escaping @Sendable (String) -> Bool,
    mayStart: @escaping @Sendable (UInt8) -> Bool, matches: @escaping @Sendable (ChromeLine) -> Bool
  ) {
    (self.name, self.comment, self.mayMatch, self.mayStart, self.matches) = (name, comment, mayMatch, mayStart, matches)
  }

  /// Lines longer than this are never chrome: every rule is about a short navigation or label line.
  static let maxChromeLength = 200

  /// For each ASCII byte, the rules (bit `i` for `lineRules[i]`) that a line starting with it
  /// may pass: nearly every body line starts with a byte that only the hype-word rule allows.
  static let rulesByFirstByte: [UInt64] = (0..<0x80).map { byte in
    lineRules.indices.reduce(0) { rules, index in lineRules[index].mayStart(UInt8(byte)) ? rules | 1 << index : rules }
  }

  /// Every rule, for a line that starts beyond ASCII (at most 64 rules, as a test checks).
  static let allRules = UInt64.max >> (64 - lineRules.count)
}

/// A short line prepared once for all rules: its text, lower-cased text and words.
struct ChromeLine: Sendable {
  let text: String
  let lower: String
  let words: [Substring]

  init(_ text: String) {
    self.text = text
    self.lower = text.lowercased()
    self.words = text.split(separator: " ")
  }

  /// Whether the lower-cased line starts with one of `prefixes` (lower case).
  func starts(with prefixes: [String]) -> Bool {
    prefixes.contains { lower.hasPrefix($0) }
  }

  /// False only when `line` lower-cased cannot start with any of `prefixes` (lower-case ASCII),
  /// which holds for every line that `starts(with:)` or an equality with one of them accepts.
  /// `lowercased()` maps scalar by scalar and an ASCII scalar to its ASCII lower case, so the
  /// bytes are compared with ASCII letters folded up to the first non-ASCII byte; that one may
  /// lower-case to anything (the Kelvin sign to `k`), so the answer is then true.
  static func mayStart(_ line: String, with prefixes: LinePrefixes) -> Bool {
    // The first byte, folded once, turns nearly every line away before any prefix is walked
    // (the walk's first step, taken for all prefixes at once by their first bytes).
    let first = line.utf8.first.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    if let first, first < 0x80, !prefixes.mayStart(with: first) { return false }
    return prefixes.texts.contains { prefix in
      if let first, first < 0x80, let expected = prefix.utf8.first, first != expected { return false }
      var bytes = line.utf8.makeIterator()
      for expected in prefix.utf8 {
        guard let byte = bytes.next() else { return false }
        if byte >= 0x80 { return true }
        if (0x41...0x5A).contains(byte) ? byte | 0x20 != expected : byte != expected { return false }
      }
      return true
    }
  }
}

/// Lower-case ASCII prefixes of chrome lines, with the bytes they start with: a line whose first
/// byte (ASCII-folded) starts none of them is turned away by one look at a table.
struct LinePrefixes: Sendable {
  let texts: [String]
  /// Bit `b` of word `b >> 6` is set when some prefix starts with the ASCII byte `b` (every bit
  /// when one is empty: it starts any line).
  private let firstBytes: (UInt64, UInt64)

  init(_ texts: [String]) {
    self.texts = texts
    var bits: (UInt64, UInt64) = (0, 0)
    for text in texts {
      guard let first = text.utf8.first else {
        bits = (.max, .max)
        continue
      }
      if first < 0x40 { bits.0 |= 1 << first } else if first < 0x80 { bits.1 |= 1 << (first - 0x40) }
    }
    firstBytes = bits
  }

  /// Whether a line whose first byte is the ASCII byte `byte` may start with some prefix, its
  /// letters folded to lower case as `ChromeLine.mayStart` folds them.
  func mayStartLine(with byte: UInt8) -> Bool {
    mayStart(with: (0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
  }

  /// Whether some prefix may start with the ASCII byte `byte`.
  func mayStart(with byte: UInt8) -> Bool {
    byte < 0x40 ? firstBytes.0 & (1 << byte) != 0 : firstBytes.1 & (1 << (byte &- 0x40)) != 0
  }
}

extension BoilerplateRule {
  /// Line rules, applied to every short line of the body and of the back matter.
  static let lineRules: [BoilerplateRule] = [
    BoilerplateRule(
      name: "skipLink", comment: "Accessibility link at the top of a page: the whole line only.",
      prefixes: skipLinkStart,
      matches: { ["skip to main content", "skip to content", "skip to navigation"].contains($0.lower) }),
    BoilerplateRule(
      name: "contributorDisclaimer",
      comment: "Opinion-page disclaimer (\"The views expressed by contributors are their own …\").",
      prefixes: contributorDisclaimerStart,
      matches: { $0.starts(with: ["the views expressed by contributors are their own"]) }),
    BoilerplateRule(
      name: "readMore", comment: "A bare \"Read more\" link, optionally with an arrow or dots.",
      // Only trailing characters are trimmed, so the line starts with what is left.
      prefixes: readMoreStart,
      matches: { ["read more", "read more here"].contains(TextShape.trimmingLinkMarks($0.lower)) }),
    BoilerplateRule(
      name: "readFullArticle",
      comment: "Syndication footer (\"Read the full article on The National Interest...\"): short line only.",
      prefixes: syndicationStarts,
      matches: { line in line.words.count <= 14 && line.starts(with: syndicationPrefixes) }),
    BoilerplateRule(
      name: "widgetHeading", comment: "Headings of page widgets, matched as the whole line.",
      prefixes: widgetHeadingStarts,
      matches: { widgetHeadings.contains($0.lower) }),
    BoilerplateRule(
      name: "seeAllLinks", comment: "Rows of \"See all …\" links (\"See all Hill.TV See all Video\").",
      // The first word is "See": the first byte that is not a space is an S (or not ASCII), so a
      // line passing the look starts with an S or a space.
      mayMatch: { line in line.utf8.first { $0 != 0x20 }.map { $0 == UInt8(ascii: "S") || $0 >= 0x80 } ?? false },
      mayStart: { $0 == UInt8(ascii: "S") || $0 == 0x20 },
      matches: { TextShape.isSeeAllRow($0.words) }),
    BoilerplateRule(
      name: "tagsLine",
      comment: "Keyword list: \"Tags A B C\" without sentence punctuation, or \"Tags: a, b\" not ending in a period.",
      // Case-sensitive "Tags": a line passing the look starts with a T.
      mayMatch: { $0.utf8.starts(with: "Tags".utf8) }, mayStart: { $0 == UInt8(ascii: "T") },
      matches: { line in
        guard line.words.count <= 60 else { return false }
        if line.text.hasPrefix("Tags: ") { return !line.text.hasSuffix(".") }
        return line.text.hasPrefix("Tags ")
          && !line.text.contains(where: { ".!?;:,\u{201C}\u{201D}\"".contains($0) })
      }),
    BoilerplateRule(
      name: "photoCredit",
      comment: "Photo credit line (\"Getty Images\", \"AP Photo/…\"): short, no final period.",
      prefixes: photoCreditStarts,
      matches: { line in
        line.words.count <= 8 && !line.text.hasSuffix(".") && line.starts(with: photoCreditPrefixes)
      }),
    BoilerplateRule(
      name: "clickbaitAd",
      comment: "Native ad headline: Title Case line with a hype word (\"Incredible Map Reveals …\").",
      // A hype word may be any word of the line, so any first byte may pass.
      mayMatch: { TextShape.mayHoldHypeWord($0) }, mayStart: { _ in true },
      matches: { TextShape.isClickbait($0.words) }),
  ]

  /// The prefixes each rule's cheap look walks, with their first bytes.
  static let skipLinkStart = LinePrefixes(["skip to "])
  static let contributorDisclaimerStart = LinePrefixes(["the views expressed by contributors are their own"])
  static let readMoreStart = LinePrefixes(["read more"])
  static let syndicationStarts = LinePrefixes(syndicationPrefixes)
  static let widgetHeadingStarts = LinePrefixes(widgetHeadings)
  static let photoCreditStarts = LinePrefixes(photoCreditPrefixes)

  /// Openings of syndication footers (lower case).
  static let syndicationPrefixes = [
    "read the full article", "read the full story", "read the original article", "continue reading on",
  ]

  /// Headings of page widgets (lower case), each a whole line.
  static let widgetHeadings = [
    "most popular", "most read", "load more", "trending", "advertisement", "sponsored content",
  ]

  /// Openings of photo credit lines (lower case).
  static let photoCreditPrefixes = [
    "getty images", "ap photo", "associated press", "reuters", "afp", "shutterstock", "istock", "photo by ",
    "photo: ", "image: ", "credit: ",
  ]

  /// Headings that open the trailing author section; everything after them is back matter.
  static let authorHeadings = CaselessLines([
    "about the author", "about the authors", "authors", "author", "about the writer",
  ])

  /// Headings of related-link lists; they and the link titles after them are removed.
  static let linkListHeadings = CaselessLines([
    "explore more", "browse insights & analysis", "related articles", "related content", "more stories",
  ])

  /// Hype words of native ads, matched case-sensitively as capitalized words.
  static let hypeWords: Set<String> = [
    "Incredible", "Shocking", "Unbelievable", "Stunning", "Jaw-Dropping", "Weird", "Genius", "Doctors",
  ]

  /// One entry for each value of a byte: `hypeWordLengths`'s size, which `mayHoldHypeWord`
  /// checks before indexing the table by a byte unchecked.
  static let byteValues = 256

  /// For each first byte, the byte lengths of the hype words that start with it, as bits (none
  /// is 32 bytes long; length 0, an empty run, is no word).
  static let hypeWordLengths: [UInt32] = hypeWords.reduce(into: Array(repeating: 0, count: byteValues)) { table, word in
    table[Int(word.utf8.first ?? 0)] |= 1 << word.utf8.count
  }

  /// The bytes hype words start with, looked for eight at a time.
  static let hypeFirstBytes = HypeFirstBytes(hypeWordLengths.indices.filter { hypeWordLengths[$0] != 0 }.map(UInt8.init))

  /// Words that mark a closing paragraph as the author's bio ("… was U.S. ambassador …").
  static let bioSignals = [
    "follow him", "follow her", "follow them", "twitter", "ambassador", "fellow", "professor", "director",
    "author of", "served as", "editor", "columnist", "analyst", "researcher",
  ]

  /// Trailing link words glued at the end of a line after a sentence ("… Institute.   Read more").
  static let gluedSuffixes = ["Read more", "Read More"]
}

/// A set of bytes told in eight bytes at once: false only when none of the eight is in it. The
/// set is held as the range from its lowest to its highest ASCII byte (hype words start with
/// capitals from `D` to `W`), and any byte beyond ASCII when it holds one.
struct HypeFirstBytes: Sendable {
  private let ascii: EightBytes
  /// The high bits, when the set holds a byte beyond ASCII; else 0.
  private let beyondASCII: UInt64

  init(_ bytes: [UInt8]) {
    let ascii = bytes.filter { $0 < 0x80 }
    // An empty range (1 to 0) when no byte is ASCII.
    self.ascii = EightBytes(ascii.min() ?? 1, through: ascii.max() ?? 0)
    beyondASCII = bytes.contains { $0 >= 0x80 } ? EightBytes.highBits : 0
  }

  /// Whether one of the eight bytes of `word` may be in the set.
  func mayHold(_ word: UInt64) -> Bool {
    ascii.lanes(in: word) | (word & beyondASCII) != 0
  }
}
