/// Removes site chrome from normalized lines and sets author bios aside.
///
/// Works on the trimmed lines of ``LineNormalizer`` ("" for blank lines). The body keeps every
/// line no rule matches; rules only ever match whole short lines, so a paragraph that merely
/// contains a phrase like "read more" stays.
enum BoilerplateFilter {
  struct Outcome: Hashable, Sendable {
    /// Lines of the body, blank lines included.
    var body: [String]
    /// Author bios found in the back matter or in a closing bio paragraph.
    var authorNotes: [String]
  }

  static func filter(_ lines: [String]) -> Outcome {
    let split = authorSectionStart(lines)
    var notes = split < lines.count ? backMatterNotes(Array(lines[(split + 1)...])) : []
    // The body's lines, stripped and without chrome: `lines` themselves until one is stripped
    // or dropped (nearly every short article keeps them all), only then copied into an array.
    var body: [String] = []
    var changed = false
    for index in 0..<split {
      let line = lines[index]
      let stripped = TextShape.strippingGluedLink(line)
      let kept = !isChrome(stripped)
      // Stripping only ever shortens a line.
      if !changed {
        if kept && stripped.utf8.count == line.utf8.count { continue }
        changed = true
        body.reserveCapacity(split)
        body += lines[..<index]
      }
      if kept { body.append(stripped) }
    }
    if !changed { body = split == lines.count ? lines : Array(lines[..<split]) }
    body = removingLinkLists(body)
    body = removingDuplicateBlocks(body)
    if let last = body.lastIndex(where: { !$0.isEmpty }), body.count(where: { !$0.isEmpty }) > 3,
      TextShape.isClosingBio(body[last])
    {
      notes.insert(body[last], at: 0)
      body.remove(at: last)
    }
    return Outcome(body: body, authorNotes: notes)
  }

  /// Whether a line matches one of the line rules.
  static func isChrome(_ line: String) -> Bool {
    guard let first = line.utf8.first, line.utf8.count <= BoilerplateRule.maxChromeLength else { return false }
    // Only the rules a line starting with this byte may pass are asked.
    var rules = first < 0x80 ? BoilerplateRule.rulesByFirstByte[Int(first)] : BoilerplateRule.allRules
    var prepared: ChromeLine?
    while rules != 0 {
      let rule = BoilerplateRule.lineRules[rules.trailingZeroBitCount]
      rules &= rules - 1
      guard rule.mayMatch(line) else { continue }
      let chrome = prepared ?? ChromeLine(line)
      if rule.matches(chrome) { return true }
      prepared = chrome
    }
    return false
  }

  /// The index of the author heading that opens the back matter, or `lines.count` if none.
  ///
  /// Only a heading in the second half of the text counts, so a byline label at the top can
  /// never swallow the article.
  static func authorSectionStart(_ lines: [String]) -> Int {
    let total = lines.reduce(0) { $0 + $1.utf8.count }
    var seen = 0
    for (index, line) in lines.enumerated() {
      if seen * 2 >= total && BoilerplateRule.authorHeadings.contains(line) { return index }
      seen += line.utf8.count
    }
    return lines.count
  }

  /// Removes related-link lists: a list heading and the link titles after it.
  static func removingLinkLists(_ lines: [String]) -> [String] {
    // Without a list heading every line stays (nearly every article): the same lines, uncopied.
    guard lines.contains(where: { BoilerplateRule.linkListHeadings.contains($0) }) else { return lines }
    var result: [String] = []
    var inList = false
    for line in lines {
      if BoilerplateRule.linkListHeadings.contains(line) {
        inList = true
      } else if inList && (line.isEmpty || TextShape.isLinkTitle(line)) {
        continue
      } else {
        inList = false
        result.append(line)
      }
    }
    return result
  }

  /// Removes both copies of a block of 1–3 lines repeated right after itself (photo captions).
  static func removingDuplicateBlocks(_ lines: [String]) -> [String] {
    // A repeated block needs two filled lines.
    guard lines.count(where: { !$0.isEmpty }) >= 2 else { return lines }
    let filled = lines.indices.filter { !lines[$0].isEmpty }
    var drop = Set<Int>()
    var position = 0
    while position < filled.count {
      var matched = 0
      for size in 1...3 where position + 2 * size <= filled.count {
        let line = { lines[filled[position + $0]] }
        let short = BoilerplateRule.maxChromeLength * 2
        if (0..<size).allSatisfy({ line($0) == line(size + $0) && line($0).utf8.count <= short }) {
          matched = size
          break
        }
      }
      if matched > 0 {
        for offset in 0..<(2 * matched) { drop.insert(filled[position + offset]) }
        position += 2 * matched
      } else {
        position += 1
      }
    }
    guard !drop.isEmpty else { return lines }
    return lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
  }
}
