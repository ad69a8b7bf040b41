import Algorithms

extension ArticleReading {
  /// The longest title, in characters.
  static let titleLimit = 80

  /// True when a text is at most `titleLimit` characters long (a text of no more bytes than that
  /// is, without counting its characters: a character is one byte or more).
  static func fitsTitle(_ text: String) -> Bool {
    text.utf8.count <= titleLimit || text.count <= titleLimit
  }

  /// A title built from a sentence: its subject and action, at most 80 characters, without the
  /// leading connective and date phrase, and saying nothing the sentence does not.
  ///
  /// Only ever removes words (connectives, dates, parentheses, people's titles before their names,
  /// what follows the main clause or a cut point), so it cannot add a figure, a name or a
  /// certainty; hedges before the cut stay. Who said it stays too (`Kelly: …`). Returns the title
  /// and the rule that made it (`title:clause` when the main clause fit whole).
  func title(segment: Range<Int>, in span: Range<Int>) -> (title: String, rule: String) {
    var speaker: [Int] = []
    var first = segment.lowerBound
    if let label = speakerLabel(spans[text.tokens[segment.lowerBound].sentence]),
      label.upperBound + 1 >= segment.lowerBound
    {
      // "MODERATOR: …": a transcript's speaker.
      speaker = Array(label)
      first = max(first, label.upperBound + 1)
    }
    var start = afterLeadingDate(from: afterConnectives(first..<segment.upperBound), in: segment)
    // "According to the DEA, …" and "As Kelly put it, …": the source speaks.
    let opener = text.lower(start)
    if lexicon.reporting.match(in: text, at: start, limit: segment.upperBound)?.value == "according to"
      || text.tokens[start].isIn(.asPhrases)
    {
      var comma = start + 1
      while comma < min(segment.upperBound, start + 12), text.mark(comma) != "," { comma += 1 }
      let skip = text.tokens[start].isIn(.asPhrases) ? 1 : 2
      let named = (start + skip..<comma)
      let reports = named.contains { lexicon.reporting.match(in: text, at: $0, limit: comma) != nil }
      if comma < segment.upperBound, comma + 1 < segment.upperBound, opener != "as" && opener != "like" || reports {
        speaker = Array(named.prefix { lexicon.reporting.match(in: text, at: $0, limit: comma) == nil })
        start = comma + 1
      }
    }
    let end = segment.upperBound
    guard start < end else { return (String(Self.capitalized(string(span)).prefix(Self.titleLimit)), "title:cut") }
    if speaker.isEmpty { speaker = attribution(after: end, in: span) }
    var kept = withoutAsides(start..<end)
    var rule = "title:clause"
    // Each shortening is rendered once: the title it gives, if it fits.
    var made = render(kept, speaker: speaker)
    func fits() -> Bool { Self.fitsTitle(made) }
    if !fits() {
      kept = nameForTitledSubject(withoutPersonTitles(kept, keeping: 3))
      speaker = withoutPersonTitles(speaker, keeping: 1)
      made = render(kept, speaker: speaker)
    }
    if !fits() {
      kept = withoutInnerDates(kept)
      made = render(kept, speaker: speaker)
    }
    if !fits() {
      kept = withoutSubjectModifier(kept)
      made = render(kept, speaker: speaker)
    }
    if !fits() {
      rule = "title:cut"
      let whole = kept
      kept = cut(whole, speaker: speaker)
      // A title that stops before its verb says nothing: drop the subject's modifier, even one
      // with a verb form in it ("cooperation in fighting criminal groups has improved…").
      if !kept.contains(where: { isVerb($0) }) {
        let shorter = withoutSubjectModifier(whole, strict: false)
        if shorter != whole {
          let again = cut(shorter, speaker: speaker)
          if again.contains(where: { isVerb($0) }) { kept = again }
        }
      }
      made = render(kept, speaker: speaker)
    }
    return (made, rule)
  }

  /// Skips a leading date phrase and its comma ("In May 2017,", "On March 3, 2021,").
  func afterLeadingDate(from start: Int, in span: Range<Int>) -> Int {
    guard start < span.upperBound else { return start }
    let sentenceDatings = datings[text.tokens[start].sentence]
    var index = start
    // Prepositions and articles before the date ("In", "On the", "El"), unless the date starts there.
    while index < span.upperBound, !sentenceDatings.contains(where: { $0.tokens.lowerBound == index }),
      text.tokens[index].isIn(.datePrepositions) || text.lower(index, is: "the")
    {
      index += 1
    }
    guard index < span.upperBound, let dating = sentenceDatings.first(where: { $0.tokens.lowerBound == index })
    else { return start }
    var after = dating.tokens.upperBound
    // The end of a range the expression left out ("On June 10-11,").
    if after + 1 < span.upperBound, text.mark(after) == "-" || text.mark(after) == "–" || text.lower(after, is: "to"),
      text.tokens[after + 1].kind == .number
    {
      after += 2
    }
    guard after < span.upperBound else { return start }
    // "In May 2017, officials…", or without the comma before a capital ("On April 14, 2023 The…").
    if text.mark(after) == "," {
      after += 1
    } else if !(text.tokens[after].kind == .word && text.tokens[after].capitalized) || index == start {
      return start
    }
    return after < span.upperBound ? after : start
  }

  /// The speaker of a reported clause: `, Secretary Kelly said` or `, according to officials`
  /// after it (up to six words).
  func attribution(after end: Int, in span: Range<Int>) -> [Int] {
    guard end < span.upperBound, text.mark(end) == "," else { return [] }
    var index = end + 1
    if let hit = lexicon.reporting.match(in: text, at: index, limit: span.upperBound), hit.value == "according to" {
      // "…, according to officials." ends the sentence: the officials speak.
      let source = index + hit.count
      var after = source
      while after < min(source + 8, span.upperBound), text.tokens[after].kind != .punct || text.lower(after).contains(".") && text.lower(after).hasMoreCharacters(than: 1) {
        after += 1
      }
      let ends = after == span.upperBound || (after + 1 == span.upperBound && text.mark(after).map { [".", "!", "?"].contains($0) } == true)
      return ends && after > source ? Array(source..<after) : []
    }
    while index < min(end + 8, span.upperBound) {
      if let hit = lexicon.reporting.match(in: text, at: index, limit: span.upperBound), hit.value != "according to" {
        // "…, Kelly said, …" or "…, Kelly said." — not "…, experts urged a review".
        let after = index + hit.count
        guard after >= span.upperBound || text.mark(after).map({ [",", ".", "”", "\"", ":", ";"].contains($0) }) == true else { return [] }
        let speaker = Array(end + 1..<index)
        let named = speaker.contains { text.tokens[$0].capitalized || text.tokens[$0].kind == .word }
        return named && !speaker.isEmpty ? speaker : []
      }
      if text.tokens[index].kind == .punct { return [] }
      index += 1
    }
    return []
  }

  /// Tokens without asides in parentheses or between two dashes (read from a range: no list of
  /// all of them is made unless nearly all are asides).
  func withoutAsides(_ tokens: Range<Int>) -> [Int] {
    var depth = 0
    var inDashes = false
    var kept: [Int] = []
    kept.reserveCapacity(tokens.count)
    for t in tokens {
      // (Words are no mark: they take the default branch, as no "\0" token takes another.)
      switch text.mark(t) ?? "\0" {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      case "—", "–":
        if inDashes {
          inDashes = false
        } else if (t + 1..<tokens.upperBound).prefix(14).contains(where: { isDash($0) }) {
          inDashes = true
        } else if depth == 0 {
          kept.append(t)
        }
      default: if depth == 0 && !inDashes { kept.append(t) }
      }
    }
    return kept.count >= 3 ? kept : Array(tokens)
  }

  /// Tokens without people's titles before their names ("Secretary of State Rex Tillerson" →
  /// "Rex Tillerson").
  func withoutPersonTitles(_ tokens: [Int], keeping minimum: Int) -> [Int] {
    var kept: [Int] = []
    var run: [Int] = []
    var runHasHead = false
    // A title may open the clause or follow "and", a comma or a parenthesis; inside a noun phrase
    // ("Assistant to the President and Homeland Security Advisor") it is part of someone's title.
    var canStart = true
    for t in tokens {
      let token = text.tokens[t]
      let isTitleWord =
        token.isIn(.titleWords) && (token.capitalized || !run.isEmpty)
        || (run.isEmpty && token.isIn(.runStarters))
      if isTitleWord, token.kind == .word, !run.isEmpty || canStart {
        run.append(t)
        if token.isIn(.titleHeads) { runHasHead = true }
        continue
      }
      // A run of title words followed by a capitalized name: drop the run.
      if !(runHasHead && token.kind == .word && token.capitalized) { kept += run }
      canStart = [",", "and", "(", "y"].contains { text.lower(t, is: $0) }
      run = []
      runHasHead = false
      kept.append(t)
    }
    kept += run
    return kept.count >= minimum ? kept : tokens
  }

  /// A long titled subject as its name ("Under Secretary of State for Civilian Security, Democracy,
  /// and Human Rights Uzra Zeya led…" → "Uzra Zeya led…"): the last two capitalized words before
  /// the verb, when the subject starts with a person's title.
  func nameForTitledSubject(_ tokens: [Int]) -> [Int] {
    guard let first = tokens.first, text.tokens[first].isIn(.titleWords),
      let verb = tokens.firstIndex(where: { isVerb($0) }), verb >= 3,
      tokens[..<verb].contains(where: { text.tokens[$0].isIn(.titleHeads) }),
      // One person: "Sherwood-Randall and Ambassador Salazar met" keeps both; an "and" after a
      // title word or a comma is inside the title ("President and Homeland Security Advisor",
      // "Security, Democracy, and Human Rights").
      !(1..<verb).contains(where: { position in
        let before = text.tokens[tokens[position - 1]]
        return text.tokens[tokens[position]].isIn(.coordinators) && text.mark(tokens[position - 1]) != ","
          && !before.isIn(.titleWords)
      })
    else { return tokens }
    var name: [Int] = []
    var words = 0
    var index = verb - 1
    while index >= 0, words < 2 {
      let token = text.tokens[tokens[index]]
      // Hyphenated names stay whole ("Sherwood-Randall").
      if text.mark(tokens[index]) == "-", index > 0, !name.isEmpty, tokens[index] + 1 == name[0], tokens[index - 1] + 1 == tokens[index],
        text.tokens[tokens[index]].start == text.tokens[tokens[index - 1]].end,
        text.tokens[name[0]].start == token.end
      {
        name.insert(tokens[index], at: 0)
        index -= 1
        continue
      }
      guard token.kind == .word, token.capitalized, !token.isIn(.titleWords) else { break }
      name.insert(tokens[index], at: 0)
      if index == 0 || text.mark(tokens[index - 1]) != "-" { words += 1 }
      index -= 1
    }
    return name.isEmpty ? tokens : name + tokens[verb...]
  }

  /// Tokens without date expressions inside them (with their preposition), except at the start.
  func withoutInnerDates(_ tokens: [Int]) -> [Int] {
    guard let first = tokens.first else { return tokens }
    var drop = Set<Int>()
    for dating in datings[text.tokens[first].sentence]
    where dating.tokens.lowerBound > first + 1 && tokens.contains(dating.tokens.lowerBound) {
      let before = dating.tokens.lowerBound - 1
      // Only an adjunct ("in 2008", "on May 18"), never an argument ("higher than the first half of 2019").
      guard text.tokens[before].isIn(.datePrepositions) else { continue }
      drop.formUnion(dating.tokens)
      drop.insert(before)
    }
    let kept = tokens.filter { !drop.contains($0) }
    return kept.count >= 3 ? kept : tokens
  }

  /// Tokens without the modifier of a long subject, from its first preposition to the verb
  /// ("May 18 meetings between the lead ministers for each government seem…" → "May 18 meetings seem…").
  ///
  /// - Parameter strict: also refuse a modifier with a verb form in it (`-ing`, `-ed`) or a comma.
  func withoutSubjectModifier(_ tokens: [Int], strict: Bool = true) -> [Int] {
    // Only before an auxiliary or a verb like "seem", which cannot be a participle of the modifier.
    guard let verb = tokens.firstIndex(where: { isVerb($0) }), verb >= 4,
      text.tokens[tokens[verb]].isIn(.verbs)
    else { return tokens }
    guard let modifier = (2..<verb).first(where: { position in
      let token = text.tokens[tokens[position]]
      return token.kind == .word && !token.capitalized && token.isIn(.cutBefore)
    }) else { return tokens }
    // A clause word opens the object of a verb the lists do not know ("argue that …"), not a modifier.
    if text.tokens[tokens[modifier]].isIn(.clauseWords) { return tokens }
    // Not inside a quotation or parentheses.
    if tokens[modifier..<verb].contains(where: { text.mark($0).map { ["“", "”", "\"", "(", ")"].contains($0) } == true }) { return tokens }
    let skipped = tokens[modifier..<verb].map(text.lower)
    if strict, skipped.contains(where: { $0 == "," || $0.hasSuffix("ing") || $0.hasSuffix("ed") }) { return tokens }
    return Array(tokens[..<modifier] + tokens[verb...])
  }

  /// The longest prefix that fits, ending before a word where a clause can stop ("for", "with")
  /// after the first verb; else the longest prefix that fits on a word boundary. Trailing
  /// function words and punctuation are dropped.
  func cut(_ tokens: [Int], speaker: [Int]) -> [Int] {
    let verb = tokens.firstIndex { isVerb($0) }
    var best: Int?
    var fallback: Int?
    // Right after an auxiliary or a verb like "seem" is no place to stop ("seem | to have…").
    let firstCut = verb.map { text.tokens[tokens[$0]].isIn(.verbs) ? $0 + 2 : $0 + 1 } ?? 4
    var quoted: Int?
    // Renderings grow with the tokens they hold: the first prefix too long to be a title is
    // found by halving, not by rendering every prefix.
    let low = (1..<max(tokens.count, 1)).partitioningIndex {
      !Self.fitsTitle(render(Array(tokens[..<$0]), speaker: speaker))
    }
    for k in 1..<low {
      let previous = text.tokens[tokens[k - 1]]
      switch text.mark(tokens[k - 1]) ?? "\0" {
      case "“": quoted = k
      case "”": quoted = nil
      case "\"": quoted = quoted == nil ? k : nil
      default: break
      }
      let word = text.tokens[tokens[k]]
      // Never inside a word ("cross-border"): only where the text has a space or a comma.
      guard text.mark(tokens[k]) == "," || word.start > previous.end || tokens[k] != tokens[k - 1] + 1 else { continue }
      fallback = k
      guard k >= firstCut else { continue }
      if let opened = quoted {
        // Inside a quotation only after two words of it (“fresh strategies”), or at a comma after
        // three (“the means of production”).
        if text.mark(tokens[k]) == "," ? k - opened >= 3 : k - opened >= 2 && word.isIn(.cutBefore) { best = k }
        continue
      }
      if word.kind == .word, !word.capitalized, word.isIn(.cutBefore) { best = k }
    }
    var kept = Array(tokens[..<(best ?? fallback ?? min(tokens.count, 1))])
    while kept.count > 2, let last = kept.last {
      let token = text.tokens[last]
      let abbreviation = text.mark(last) == "." && kept.count >= 2 && text.lower(kept[kept.count - 2]).contains(".")
      let dangling = text.mark(last).map { !["”", "’", ")", "\"", "%"].contains($0) } == true && !abbreviation
      if dangling || token.isIn(.stopwords) || token.isIn(.cutBefore)
        || token.isIn(.determiners) || token.isIn(.coordinators)
      {
        kept.removeLast()
      } else {
        break
      }
    }
    return kept
  }

  /// The title text of tokens: the original spacing between neighbours, one space across a gap,
  /// quotes closed, the first letter capitalized; a speaker first (`Kelly: …`).
  func render(_ tokens: [Int], speaker: [Int]) -> String {
    var result = ""
    if !speaker.isEmpty { result = Self.capitalized(join(speaker).text) + ": " }
    var (body, capitalized) = join(tokens, capitalizing: speaker.isEmpty)
    // "the U.S." at the end keeps the period of its abbreviation.
    // (Its bytes hold a period when its lower case does: lower case makes and drops none.)
    if let last = tokens.last, text.bytes[text.tokens[last].start..<text.tokens[last].end].contains(UInt8(ascii: ".")),
      last + 1 < text.tokens.count,
      text.mark(last + 1) == ".", text.tokens[last + 1].start == text.tokens[last].end
    {
      body += "."
    }
    let (opened, straight) = body.withUTF8 { Self.quotationMarks(in: $0) }
    if opened > 0 { body += String(repeating: "”", count: opened) }
    if straight % 2 == 1 { body += "\"" }
    if speaker.isEmpty, !capitalized { body = Self.capitalized(body) }
    return result + body
  }

  /// The quotation marks of a text's bytes, counted by bytes: “ (E2 80 9C) opens, ” (E2 80 9D)
  /// closes (bytes no other scalar holds in a row), and `"` is straight. Eight bytes at a time
  /// past those that hold neither 0x22 nor 0xE2 (most of a title's).
  static func quotationMarks(in utf8: UnsafeBufferPointer<UInt8>) -> (opened: Int, straight: Int) {
    var (opened, straight) = (0, 0)
    guard let base = UnsafeRawPointer(utf8.baseAddress) else { return (0, 0) }
    var index = 0
    while index < utf8.count {
      if index + 8 <= utf8.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if !Self.holdsByte(word, 0x22), !Self.holdsByte(word, 0xE2) {
          index += 8
          continue
        }
      }
      if utf8[index] == 0x22 {
        straight += 1
      } else if utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80 {
        if utf8[index + 2] == 0x9C { opened += 1 }
        if utf8[index + 2] == 0x9D { opened -= 1 }
      }
      index += 1
    }
    return (opened, straight)
  }

  /// Whether any of a word's eight bytes is `byte`: a byte of `word ^ byte…` is zero, and
  /// subtracting one from each sets the top bit of a zero byte that was clear (exact for "any").
  @inline(__always)
  static func holdsByte(_ word: UInt64, _ byte: UInt8) -> Bool {
    let bytes = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return (bytes &- 0x0101_0101_0101_0101) & ~bytes & 0x8080_8080_8080_8080 != 0
  }

  /// Tokens joined with their original spacing where they are neighbours in the text.
  ///
  /// - Parameter capitalizing: raise a first character that is one ASCII byte as it is written
  ///   (`capitalized`'s rule, without a copy; what `render` appends after it never joins it).
  /// - Returns: the text, and whether it was capitalized so (any other is left to `capitalized`).
  func join(_ tokens: [Int], capitalizing: Bool = false) -> (text: String, capitalized: Bool) {
    var raised = false
    // Byte by byte into the string's own storage, decoded once: tokens start and end on character
    // boundaries. (At most a space before each token.)
    var capacity = 0
    for t in tokens { capacity += text.tokens[t].end - text.tokens[t].start + 1 }
    let joined = String(unsafeUninitializedCapacity: capacity) { output in
      text.bytes.withUnsafeBufferPointer { bytes in
        var count = 0
        var previous: Int?
        for t in tokens {
          if let previous {
            if previous + 1 == t {
              if text.tokens[previous].end != text.tokens[t].start {
                output[count] = 0x20
                count += 1
              }
            } else if text.mark(t).map({ ["(", "“", "$"].contains($0) }) ?? true {
              output[count] = 0x20
              count += 1
            }
          }
          for k in text.tokens[t].start..<text.tokens[t].end {
            output[count] = bytes[k]
            count += 1
          }
          previous = t
        }
        if capitalizing, count > 0, output[0] < 0x80, count == 1 || output[1] < 0x80 {
          if output[0] &- 0x61 < 26 { output[0] -= 0x20 }
          raised = true
        }
        return count
      }
    }
    return (joined, raised)
  }

  /// The text with its first letter in upper case.
  static func capitalized(_ text: String) -> String {
    // An ASCII byte followed by another (or by nothing) is a character of its own (CR LF, the one
    // pair that joins, is no letter): a–z is raised by its byte and anything else stays.
    // (Read through the contiguous bytes: the UTF-8 view's `dropFirst` walks indices.)
    var copy = text
    let plainFirst = copy.withUTF8 { utf8 -> UInt8? in
      guard let first = utf8.first, first < 0x80, utf8.count == 1 || utf8[1] < 0x80 else { return nil }
      return first
    }
    if let first = plainFirst {
      guard first &- 0x61 < 26 else { return text }
      return String(unsafeUninitializedCapacity: copy.utf8.count) { buffer in
        copy.withUTF8 { _ = buffer.initialize(from: $0) }
        buffer[0] = first - 0x20
        return copy.utf8.count
      }
    }
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
