@testable import CronicaModel
import Testing

@Suite("Phrase matching on word boundaries")
struct PhraseMatcherTests {
  @Test(arguments: [
    ("they agreed on a plan", "agreed", true),
    ("they “agreed” on a plan", "agreed", true),
    ("the agreement was signed", "agreed", false),
    ("disagreed", "agreed", false),
    ("años agreed", "agreed", true),
    ("ñagreed", "agreed", false),
    ("2019agreed", "agreed", false),
    ("took office in 2018", "took office", true),
    ("Mérida Initiative", "merida", true),
    ("MERIDA.", "merida", true),
    ("", "merida", false),
  ])
  func wordBoundaries(text: String, phrase: String, found: Bool) {
    let matcher = PhraseMatcher([(phrase, "x")])
    #expect(matcher.matchesAny(in: PhraseMatcher.prepare(text)) == found)
  }

  @Test func containsIgnoresBoundariesForSymbols() {
    let matcher = PhraseMatcher([("%", "percent")])
    let text = PhraseMatcher.prepare("rose over 500% between FY 2019-22")
    #expect(matcher.containsAny(in: text))
    #expect(!matcher.matchesAny(in: text))
  }

  @Test func earliestMatchComesFirst() {
    let matcher = PhraseMatcher([("killed", "violence"), ("met", "meeting")])
    let offsets = matcher.matches(in: PhraseMatcher.prepare("They met after gunmen killed two"))
    #expect(offsets.min { $0.offset < $1.offset }?.value == "meeting")
  }
}
