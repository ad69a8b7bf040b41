extension ArticleReading {
  /// A sentence's independent clauses ("units": split at `;`, a lone dash, or `, and` before a
  /// new subject), each cut into segments at clause boundaries (`, but`, `, which`, `, X said,`,
  /// a comma before a participle). The first segment of a unit is its main clause. Asides in
  /// parentheses or between two dashes never split anything.
  func units(of span: Range<Int>, from body: Int) -> [[Range<Int>]] {
    var end = span.upperBound
    while end > body, let mark = text.mark(end - 1), [".", "!", "?", "…"].contains(mark) {
      end -= 1
    }
    var units: [[Range<Int>]] = []
    var segments: [Range<Int>] = []
    var segmentStart = body
    var words = 0
    var unitWords = 0
    var depth = 0
    var index = body
    func close(_ upTo: Int, next: Int) {
      if segmentStart < upTo { segments.append(segmentStart..<upTo) }
      segmentStart = next
      words = 0
    }
    func closeUnit(_ upTo: Int, next: Int) {
      close(upTo, next: next)
      if !segments.isEmpty { units.append(segments) }
      segments = []
      unitWords = 0
    }
    while index < end {
      let mark = text.mark(index)
      if mark == "(" || mark == "[" { depth += 1 }
      if mark == ")" || mark == "]" { depth = max(0, depth - 1) }
      if depth > 0 || mark == ")" {
        index += 1
        continue
      }
      if mark == "—" || mark == "–" {
        // Two dashes close together enclose an aside ("smaller—and often more violent—groups"):
        // the next dash, within fourteen tokens, before the end (looked for only at a dash: no
        // list of the sentence's dashes).
        if let closing = (index + 1..<min(index + 15, end)).first(where: { isDash($0) }) {
          index = closing + 1
          continue
        }
        if unitWords >= 3 { closeUnit(index, next: index + 1) }
        index += 1
        continue
      }
      if text.tokens[index].kind == .word {
        words += 1
        unitWords += 1
      }
      if text.tokens[index].isIn(.unitBoundaries), unitWords >= 3 {
        closeUnit(index, next: index + 1)
        index += 1
        continue
      }
      if mark == ",", unitWords >= 3 {
        // ", and Mexico is…" (a closing quote may stand between the comma and the conjunction).
        let conjunction = index + 1 < end && text.mark(index + 1).map { ["”", "’", "\""].contains($0) } == true ? index + 2 : index + 1
        if conjunction + 1 < end, text.tokens[conjunction].isIn(.coordinators) {
          let subject = text.tokens[conjunction + 1]
          // A new subject with its own verb before any comma ("…, and Mexico is facing…"), not a
          // list going on ("…, and District of Columbia, against…").
          let verbFollows = (conjunction + 1..<min(conjunction + 12, end)).lazy
            .prefix { text.mark($0) != "," }.contains { isVerb($0) }
          // …and only after a clause that has a verb of its own ("Civilian Security, Democracy, and
          // Human Rights Uzra Zeya led…" is a list inside a subject).
          let verbBefore = (segmentStart..<index).contains { isVerb($0) }
          if subject.capitalized || subject.isIn(.determiners), verbFollows, verbBefore {
            closeUnit(conjunction == index + 1 ? index : index + 1, next: conjunction + 1)
            index = conjunction + 1
            continue
          }
        }
      }
      if words >= 3 {
        if let hit = lexicon.boundaries.match(in: text, at: index, limit: end) {
          close(index, next: index + hit.count)
          index += hit.count
          continue
        }
        if mark == ",", index + 1 < end {
          let next = text.tokens[index + 1]
          let participle = next.kind == .word && !next.capitalized && text.lower(index + 1, endsWith: "ing", longerThan: 5)
          if participle || !attribution(after: index, in: index..<end).isEmpty {
            close(index, next: index + 1)
            index += 1
            continue
          }
        }
      }
      index += 1
    }
    close(end, next: end)
    if !segments.isEmpty { units.append(segments) }
    return units
  }

  /// True for a dash token that can separate clauses or enclose an aside.
  func isDash(_ index: Int) -> Bool {
    // (A punctuation token is one mark: never "--".)
    text.mark(index).map { $0 == "—" || $0 == "–" } ?? false
  }

  /// True when a token reads as a verb: an auxiliary or common verb of the lexicon, a past-tense
  /// or future word of the tense rules, or a lower-case word ending in `-ed`.
  func isVerb(_ index: Int) -> Bool {
    // Part of a date is never the verb ("May 18 meetings … seem").
    guard text.tokens[index].kind == .word, !dateTokens[index] else { return false }
    if text.tokens[index].isIn(.verbForms) { return true }
    // "-ed" after a determiner is an adjective ("a reinvigorated effort").
    let afterDeterminer = index > 0 && text.tokens[index - 1].isIn(.determiners)
    guard !text.tokens[index].capitalized, !afterDeterminer else { return false }
    return text.lower(index, endsWith: "ed", longerThan: 4)
  }
}
