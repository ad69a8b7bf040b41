import Foundation
import Testing

@testable import CronicaModel

/// `Corpus.themeWarnings()`: citations that speak of a theme their event lacks.
@Suite struct ThemeTaxonomyCheckTests {
  let themes = [
    Theme(key: "arms", label: "Arms trafficking", description: "Guns.", phrases: ["arms", "weapons"]),
    Theme(key: "justice", label: "Justice", description: "Courts.", phrases: ["extradit"]),
    Theme(key: "merida", label: "Mérida", description: "Funding.", phrases: ["mérida"]),
  ]

  func corpus(quotes: [String], themes eventThemes: [String]) -> Corpus {
    let article = Article(
      id: "a", title: "T", outlet: "O", authors: [], published: nil, publishedDisplay: "", dateBasis: "",
      origin: "a.txt", text: quotes.joined(separator: "\n\n"))
    let event = Event(
      id: "e", start: .fixture("2020"), display: "2020", kind: .statement, title: "E", summary: "S",
      themes: eventThemes, citations: quotes.map { Citation(article: "a", quote: $0) })
    return Corpus(articles: [article], events: [event], themes: themes)
  }

  @Test func warnsWhenAQuoteSpeaksOfAMissingTheme() {
    let warnings = corpus(quotes: ["No quote here.", "They bought WEAPONS in Texas."], themes: ["justice"])
      .themeWarnings()
    #expect(warnings.count == 1)
    #expect(warnings.first?.file == CorpusFiles.events)
    #expect(warnings.first?.location == "events[0].themes")
    let message = warnings.first?.message ?? ""
    #expect(message.contains("'arms'") && message.contains("\"weapons\"") && message.contains("citations[1]"))
  }

  @Test func silentWhenTheEventHasTheTheme() {
    #expect(corpus(quotes: ["They bought weapons in Texas."], themes: ["arms"]).themeWarnings().isEmpty)
  }

  @Test func onePerMissingThemeEvenWithSeveralPhrases() {
    let warnings = corpus(quotes: ["arms and weapons", "more weapons", "extradition of a kingpin"], themes: ["merida"])
      .themeWarnings()
    #expect(warnings.count == 2)
    #expect(warnings.map { $0.message.contains("'arms'") } == [true, false])
    #expect(warnings.map { $0.message.contains("'justice'") } == [false, true])
  }

  @Test func phrasesMatchOnlyAtTheStartOfAWord() {
    #expect(Corpus.containsAtWordStart("arms", in: "arms flows"))
    #expect(Corpus.containsAtWordStart("arms", in: "the (arms) trade"))
    #expect(Corpus.containsAtWordStart("extradit", in: "an extradition request"))
    #expect(!Corpus.containsAtWordStart("arms", in: "firearms and farms"))
    #expect(!Corpus.containsAtWordStart("arms", in: "it harms them"))
    #expect(Corpus.containsAtWordStart("arms", in: "harms and arms"))
    #expect(!Corpus.containsAtWordStart("", in: "anything"))
    #expect(!Corpus.containsAtWordStart("arms", in: ""))
    // An ASCII phrase takes the byte search, in any text; the answers are Foundation's.
    #expect(Corpus.containsAtWordStart("arms", in: "señor arms"))
    #expect(!Corpus.containsAtWordStart("arms", in: "señor firearms"))
    #expect(Corpus.containsAtWordStart("leon", in: "nuevo leon"))
    #expect(!Corpus.containsAtWordStart("leon", in: "napoleon"))
    #expect(Corpus.containsAtWordStart("leon", in: "napoleon, leon"))
    #expect(!Corpus.containsAtWordStart("leon", in: "9leon"))
    #expect(!Corpus.containsAtWordStart("arms are", in: "arms"))
    for (phrase, text) in [("arms", "arms flows"), ("arms", "firearms and farms"), ("arms", "harms and arms"), ("x", "ax_x")] {
      #expect(Corpus.utf8ContainsAtWordStart(phrase, in: text) == Corpus.foundationContainsAtWordStart(phrase, in: text))
    }
    // A phrase that is not ASCII goes to Foundation; so does a match that touches a character of
    // several scalars.
    #expect(Corpus.utf8ContainsAtWordStart("señor", in: "el señor arms") == nil)
    let texts = [
      "señor arms", "señor firearms", "“arms” flows", "the ‘arms’ trade", "éarms", "ñarms", "1arms", "—arms", "arms—",
      "naïve arms", "e\u{301}arms", "arms\u{301} flows", "\u{200D}arms", "中arms", "😀arms", "x arms\u{1F3FB}", "٣arms",
    ]
    for text in texts {
      let fast = Corpus.utf8ContainsAtWordStart("arms", in: text)
      #expect(fast == nil || fast == Corpus.foundationContainsAtWordStart("arms", in: text), "\(text)")
    }
    #expect(Corpus.utf8ContainsAtWordStart("arms", in: "“arms” flows") == true)
    #expect(Corpus.utf8ContainsAtWordStart("arms", in: "señor firearms") == false)
    #expect(Corpus.utf8ContainsAtWordStart("arms", in: "éarms") == false)
    #expect(Corpus.utf8ContainsAtWordStart("arms", in: "e\u{301}arms") == nil)
  }

  /// The builder's theme search rules phrases out by the byte pairs a text lacks, then searches:
  /// the same answers as `Corpus.containsAtWordStart` (CR, non-ASCII and joining scalars included).
  @Test func builderPhraseSearchAgreesWithTheCheck() {
    let phrases = ["arms", "a", "ms", "arms are", "señor", "extradit", "fentanyl", "s fl", "x"]
    let texts = [
      "arms flows", "firearms and farms", "harms and arms", "ax_x", "señor arms", "el señor firearms", "“arms” flows",
      "e\u{301}arms", "arms\u{301} flows", "\u{200D}arms", "arms\r\nflows", "farms\rarms", "", "a", "an extradition",
      "no match at all", "x arms\u{1F3FB}", "arms are here", "fentanyl precursors",
    ]
    var compiled = ThemeAssigner.Phrases()
    let indices = compiled.append(phrases)
    for text in texts {
      let haystack = ThemeAssigner.Haystack(text)
      for (index, phrase) in zip(indices, phrases) {
        let expected = Corpus.containsAtWordStart(phrase, in: text)
        #expect(compiled.occurs(index, in: haystack) == expected, "\(phrase) in \(text)")
      }
    }
  }

  @Test func accentsAndCaseAreFolded() {
    let warnings = corpus(quotes: ["the MERIDA program"], themes: ["arms"]).themeWarnings()
    #expect(warnings.map { $0.message.contains("'merida'") } == [true])
  }

  @Test func fileOrderLocationsFollowTheGivenEvents() {
    let base = corpus(quotes: ["weapons"], themes: ["justice"])
    let later = Event(
      id: "z", start: .fixture("1990"), display: "1990", kind: .statement, title: "Z", summary: "S",
      themes: ["arms"], citations: [Citation(article: "a", quote: "weapons")])
    let fileEvents = base.events + [later]
    let sorted = Corpus(articles: base.articles, events: fileEvents, themes: themes)
    #expect(sorted.events.first?.id == "z")
    #expect(sorted.themeWarnings().map(\.location) == ["events[1].themes"])
    #expect(sorted.themeWarnings(fileEvents: fileEvents).map(\.location) == ["events[0].themes"])
  }
}
