import Foundation
import Testing

@testable import CronicaModel

/// What reading a short article no longer allocates or copies (its body, its lines, its fields'
/// table), against the answers of the code that did.
extension ReadingFastPathTests {
  /// Texts of random lines, the bundled raw articles, and lines whose spacing the normalizer
  /// changes (a line then stops being the span of the text it was read from).
  static func bodies() throws -> [String] {
    var generator = SplitMix(seed: 31)
    let random = (0..<4_000).map { _ in
      (0..<Int.random(in: 1...6, using: &generator)).map { _ in
        (randomLines(count: 1, seed: UInt64.random(in: 0...1_000_000, using: &generator))[0])
      }.joined(separator: Bool.random(using: &generator) ? "\n" : "\n\n")
    }
    let chrome = CleaningBoilerplateTests.ruleTable.map { ($0.removed + $0.kept).joined(separator: "\n") }
    return random + chrome + (try CleaningFixtures.origins.map { try CleaningFixtures.raw($0) }) + [
      "", "\n", "a b  c", "a b\tc d", "a\u{200B}b c", "é é", "a\u{A0}\u{A0}b", "  a b", "a b  ", "a b \u{1}c",
      "One.\nTwo  words.\n\nThree\u{85}Four", "Read more", "The council met. Read more",
    ]
  }

  /// The cleaning before this change: the body copied into a `String`, repaired (or not) as
  /// one, its lines collected through a line buffer, the filter's body copied line by line.
  static func referenceCleaning(_ body: String) -> CleanedArticle {
    let repair = MojibakeRepair.repair(body)
    let lines = referenceLines(repair.text)
    let filtered = referenceFilter(lines)
    return CleanedArticle(
      text: LineNormalizer.paragraphs(filtered.body), authorNotes: filtered.authorNotes,
      repairedMojibake: repair.repaired)
  }

  /// `BoilerplateFilter.filter` as it was: every kept line appended to a new array.
  static func referenceFilter(_ lines: [String]) -> BoilerplateFilter.Outcome {
    let split = BoilerplateFilter.authorSectionStart(lines)
    var notes = split < lines.count ? BoilerplateFilter.backMatterNotes(Array(lines[(split + 1)...])) : []
    var body: [String] = []
    for line in lines[..<split] {
      let stripped = TextShape.strippingGluedLink(line)
      if !BoilerplateFilter.isChrome(stripped) { body.append(stripped) }
    }
    body = BoilerplateFilter.removingDuplicateBlocks(BoilerplateFilter.removingLinkLists(body))
    if let last = body.lastIndex(where: { !$0.isEmpty }), body.count(where: { !$0.isEmpty }) > 3,
      TextShape.isClosingBio(body[last])
    {
      notes.insert(body[last], at: 0)
      body.remove(at: last)
    }
    return BoilerplateFilter.Outcome(body: body, authorNotes: notes)
  }

  @Test func bodiesCleanedInPlaceAreCleanedAsCopies() throws {
    var repaired = 0
    var dropped = 0
    for text in try Self.bodies() {
      // The body as the front matter reader gives it: the text after a line, in place.
      let starts = [text.startIndex] + text.indices.filter { text[$0] == "\n" }.map { text.index(after: $0) }
      for start in starts.prefix(3) {
        let body = text[start...]
        let cleaned = ArticleCleaner.clean(body)
        #expect(cleaned == Self.referenceCleaning(String(body)), "\(body.debugDescription)")
        if cleaned.repairedMojibake { repaired += 1 }
      }
      let lines = LineNormalizer.lines(of: text)
      if BoilerplateFilter.filter(lines).body != lines { dropped += 1 }
    }
    // Both ways through are taken: repaired bodies, and bodies whose lines the filter changes.
    #expect(repaired > 0 && dropped > 100)
  }

  @Test func filteredLinesAreTheCopyingFiltersLines() throws {
    for text in try Self.bodies() {
      let lines = LineNormalizer.lines(of: text)
      #expect(BoilerplateFilter.filter(lines) == Self.referenceFilter(lines), "\(lines)")
    }
  }

  @Test func fieldNamesAreFoundByTheirBytes() {
    #expect(FrontMatter.PerField<Int>(repeating: 0).count == FrontMatter.knownFields.count)
    for (place, field) in FrontMatter.knownFields.enumerated() {
      let name = field.rawValue
      for (text, expected) in [
        (name, place), (name.uppercased(), nil), (String(name.dropLast()), nil), (name + "s", nil), (" " + name, nil),
      ] {
        var bytes = text
        #expect(bytes.withUTF8(FrontMatter.knownPlace(of:)) == expected, "\(text)")
      }
    }
    var empty = ""
    #expect(empty.withUTF8(FrontMatter.knownPlace(of:)) == nil)
  }
}
