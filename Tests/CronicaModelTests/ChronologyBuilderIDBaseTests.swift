import Testing

@testable import CronicaModel

/// An id base is the date and the first five words of the folded title. ASCII titles are folded
/// as their bytes are copied (no folded copy of the title); the answer is the same as splitting
/// the folded title into words, over the bundled chronology's titles and random ones.
@Suite struct ChronologyBuilderIDBaseTests {
  /// The id base as the rule says: the folded title split at every character that is not an
  /// ASCII letter or digit, its first five words after the date.
  static func expected(_ event: Event) -> String {
    let day = event.start.earliest.iso ?? "by-" + (event.latest.iso ?? "undated")
    let words = TextFolding.fold(event.title).split { character in
      guard let byte = character.asciiValue else { return true }
      return !(byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26)
    }
    return ([day] + words.prefix(5).map(String.init)).joined(separator: "-")
  }

  static func event(title: String, start: String = "2017-05-18") throws -> Event {
    Event(
      id: "", start: try EDTFDate(parsing: start), display: "", kind: .meeting, title: title, summary: "",
      themes: [], citations: [])
  }

  @Test func theBundledTitlesGiveTheRulesIDs() throws {
    let corpus = try BundledCorpusFiles.load()
    #expect(corpus.events.count > 40)
    for event in corpus.events {
      #expect(ChronologyBuilder.idBase(for: event) == Self.expected(event), "\(event.title)")
    }
  }

  @Test(arguments: [
    "", "   ", "Kelly: The “vast majority” of hard drugs", "U.S. and MEXICO agree on 2 plans",
    "Café DE Tlatelolco", "ÉLITE forces", "a-b_c d/e f.g h", "Zz9 AZ az 09 @[`{", "Ünïcödé only", "ﬁnal ligature",
    "one two three four five six seven",
  ])
  func theseTitlesGiveTheRulesIDs(title: String) throws {
    for start in ["2017-05-18", "../2017-05-18", "2017"] {
      let event = try Self.event(title: title, start: start)
      #expect(ChronologyBuilder.idBase(for: event) == Self.expected(event), "\(title) \(start)")
    }
  }

  @Test func randomTitlesGiveTheRulesIDs() throws {
    // ASCII letters of both cases, digits, punctuation that separates, and some non-ASCII.
    let pieces = Array("aAzZmM09 -_.,:;/@[`{\t") + ["é", "Ö", "ß", "“", "—", "ﬁ"]
    var generator = SplitMix(seed: 20_261_206)
    for _ in 0..<2_000 {
      let length = Int.random(in: 0..<40, using: &generator)
      let asciiOnly = Bool.random(using: &generator)
      let choices = asciiOnly ? Array(pieces.prefix(21)) : pieces
      let title = String((0..<length).map { _ in choices.randomElement(using: &generator)! })
      let event = try Self.event(title: title)
      #expect(ChronologyBuilder.idBase(for: event) == Self.expected(event), "\(title.debugDescription)")
    }
  }
}
