import CronicaModel
import Foundation
import Testing

/// The chronology builder, step by step: candidates, titles, merging, themes, ordering,
/// confidence, Spanish; and the truth rules on everything it builds from the seed articles.
@Suite struct ChronologyBuilderTests {
  typealias B = BuildFixtures

  // MARK: Candidates

  @Test func aDatedSentenceWithAnActionIsAnEvent() throws {
    let events = try B.build([B.article("a", "On March 3, 2021, officials opened a new border crossing in Nogales.")])
    let event = try #require(events.first)
    #expect(events.count == 1)
    #expect(event.start == EDTFDate(PartialDate(year: 2021, month: 3, day: 3)!) && event.end == nil)
    #expect(event.title == "Officials opened a new border crossing in Nogales")
    #expect(event.citations == [Citation(article: "a", quote: "On March 3, 2021, officials opened a new border crossing in Nogales.")])
    #expect(event.origin == "extracted")
  }

  @Test func recommendationsQuestionsAndPlainDescriptionsAreNotEvents() throws {
    let text = """
      The government should act now to stop the smuggling of weapons.
      Will the new plan work in the long run for the border towns?
      Nogales is a city of about twenty thousand people on the border.
      """
    #expect(try B.build([B.article("a", text)]).isEmpty)
  }

  @Test func anUndatedFigureIsAStatisticAsOfThePublicationDate() throws {
    let events = try B.build([B.article("a", "Police have seized 1,200 kilograms of cocaine at the port.", published: "2021-03-15")])
    let event = try #require(events.first)
    #expect(event.kind == .statistic)
    #expect(event.start.edtf == "../2021-03-15" && event.end == nil)
    #expect(event.display == "by March 15, 2021")
    #expect(event.dateBasis?.contains("not dated in the text") == true)
  }

  @Test func aStateOfAffairsIsDatedByThePublicationDate() throws {
    let events = try B.build([B.article("a", "Mexico is suffering a surge in homicides in several northern states.", published: "2017-05")])
    let event = try #require(events.first)
    #expect(event.start == EDTFDate(PartialDate(year: 2017, month: 5)!) && event.display == "May 2017")
  }

  @Test func aDateResolvedAgainstAPublicationIntervalIsSomeDayInIt() throws {
    // Written some day in 2017 before May 18: "May 18" is one day, which the interval leaves open.
    let text = "Tillerson and Kelly met their Mexican counterparts on May 18 to discuss the fight against cartels."
    let event = try #require(try B.build([B.article("a", text, published: "2017/2017-05-17")]).first)
    #expect(event.start.isInterval && event.end == nil, "\(event.start.edtf) \(String(describing: event.end))")
    #expect(event.earliest <= DayStamp(year: 2017, month: 5, day: 18) && event.latest >= DayStamp(year: 2017, month: 5, day: 18))
  }

  @Test func aStatementReportedInThePastIsDatedByThePublication() throws {
    let text = "The “vast majority of hard drugs” are smuggled into the U.S. in vehicles, Secretary Kelly said."
    let event = try #require(try B.build([B.article("a", text, published: "2017-05-24")]).first)
    #expect(event.start.edtf == "../2017-05-24" && event.display == "by May 24, 2017")
    #expect(event.title.hasPrefix("Kelly: "))
  }

  @Test func oneStateOfAffairsInArticlesAWeekApartIsOneEvent() throws {
    let events = try B.build([
      B.article("a", "Mexico is suffering a surge in homicides fueled by the criminal gangs of Sinaloa.", published: "2017-05-10"),
      B.article("b", "Mexico is facing a new surge in violent homicides fueled by the criminal gangs of Sinaloa.", published: "2017-05-24"),
    ])
    let event = try #require(events.first)
    #expect(events.count == 1)
    #expect(Set(event.citations.map(\.article)) == ["a", "b"])
    // Some day in the whole of both times, not a day either article alone gives.
    #expect(event.earliest == DayStamp(year: 2017, month: 5, day: 10) && event.latest == DayStamp(year: 2017, month: 5, day: 24))
    #expect(event.end == nil)
  }

  @Test func aQuotationOfTwoSentencesIsCitedWholeAndAnUnclosedOneNotAtAll() throws {
    let text = """
      On March 3, 2021, Blinken said the plan “will reduce demand. And our governments agreed to protect human rights.”

      On March 4, 2021, Blinken noted the two countries “will be making our justice systems more effective at prosecuting crime.
      """
    let events = try B.build([B.article("a", text)])
    #expect(events.map(\.citations.first?.quote) == [
      "On March 3, 2021, Blinken said the plan “will reduce demand. And our governments agreed to protect human rights.”"
    ])
    for event in events { #expect(event.supportWarnings().isEmpty) }
  }

  @Test func aPeriodThatEndsBeforeItStartsDatesNothing() throws {
    // "since 2019" in an article of 2008 runs from 2019 to 2008: no date, and no event that
    // `validate` would refuse (the 10 MB timing run found it).
    let text = "The army has deployed 5,000 troops to the northern states since 2019."
    let events = try B.build([B.article("a", text, published: "2008-06-01")])
    for event in events {
      #expect(event.latest >= event.earliest)
      #expect(event.start.year != 2019)
    }
  }

  @Test func garbageTextBuildsWithoutTrouble() throws {
    // Random bytes read as text, long runs of punctuation, digits and one enormous sentence.
    var random = SystemRandomNumberGenerator()
    let noise = String(decoding: (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }, as: UTF8.self)
    let texts = [
      noise, String(repeating: "., ;: “” — ", count: 2_000), String(repeating: "2021 ", count: 5_000),
      String(repeating: "On May 3, 2021 officials said that ", count: 500) + "it rained.",
    ]
    let events = try B.build(texts.enumerated().map { B.article("g\($0.offset)", $0.element) })
    for event in events {
      #expect(event.title.count <= 80)
      #expect(event.latest >= event.earliest)
    }
  }

  @Test func withoutAPublicationDateAnUndatedSentenceGivesNothing() throws {
    #expect(try B.build([B.article("a", "Police have seized 1,200 kilograms of cocaine at the port.", published: nil)]).isEmpty)
  }

  @Test func aSentenceThatOnlyElaboratesJoinsTheEventBeforeIt() throws {
    let text = "The Merida Initiative was created in 2008 by the two governments. This bilateral program aims to disrupt organized crime."
    let events = try B.build([B.article("a", text)])
    let event = try #require(events.first)
    #expect(events.count == 1)
    #expect(event.citations.map(\.quote) == [
      "The Merida Initiative was created in 2008 by the two governments.",
      "This bilateral program aims to disrupt organized crime.",
    ])
    #expect(event.rules?.contains("joined:elaboration") == true)
  }

  /// An elaboration joins only the sentence right after the last one joined, at most three of them
  /// (four quotes in all), and never across a paragraph.
  @Test func anElaborationChainStopsAtFourSentencesAndAtAParagraph() throws {
    let sentences = [
      "The Merida Initiative was created in 2008 by the two governments.",
      "This bilateral program aims to disrupt organized crime.",
      "This program trains police officers in both countries.",
      "This effort pays for new equipment at the border.",
      "This plan supports the reform of the courts.",
      "This aid reaches the northern states.",
    ]
    let events = try B.build([B.article("a", sentences.joined(separator: " "))])
    let event = try #require(events.first)
    #expect(event.citations.map(\.quote) == Array(sentences[0..<4]))
    #expect(event.rules?.filter { $0 == "joined:elaboration" }.count == 3)
    // The fifth sentence would be the fourth joined: it is not.
    #expect(!events.contains { $0.citations.contains { $0.quote == sentences[4] } && $0.citations.count > 1 })

    let split = sentences[0] + " " + sentences[1] + "\n\n" + sentences[2]
    let apart = try #require(try B.build([B.article("a", split)]).first)
    #expect(apart.citations.map(\.quote) == Array(sentences[0..<2]))
    #expect(apart.rules?.filter { $0 == "joined:elaboration" }.count == 1)
  }

  @Test func twoIndependentClausesAreTwoEvents() throws {
    let text = "The U.S. is facing an epidemic of opioid overdose deaths, and Mexico is facing a new surge in violent homicides."
    let events = try B.build([B.article("a", text, published: "2017-05")])
    #expect(events.map(\.title).sorted() == [
      "Mexico is facing a new surge in violent homicides",
      "The U.S. is facing an epidemic of opioid overdose deaths",
    ])
    #expect(events.allSatisfy { $0.citations.map(\.quote) == [text] })
  }

  @Test func aLaterClauseWithADateOfItsOwnIsAnEventOfItsOwn() throws {
    let text = "2023 fentanyl seizures are on track to set a record, despite a 2022 US-Mexican security action plan."
    let events = try B.build([B.article("a", text, published: "2023")])
    #expect(events.map(\.start.edtf) == ["2022", "2023"])
    #expect(events.map(\.title) == ["A 2022 US-Mexican security action plan", "2023 fentanyl seizures are on track to set a record"])
  }

  @Test func narrativeModeDatesByTheLastMentionedDate() throws {
    let text = "In 2008, the two governments launched the initiative in Merida. Later, officials signed a second accord on the border."
    let article = B.article("a", text, published: nil)
    let events = try B.build([article], options: .init(modes: ["a": .narrative]))
    #expect(events.map(\.start.edtf) == ["2008", "2008"])
    #expect(events.last?.dateBasis?.contains("the paragraph's last date") == true)
  }

  // MARK: Titles

  @Test func aTitleDropsTheLeadingDateAndConnectivesAndKeepsTheHedge() throws {
    let text = "However, in May 2017, Mexico and the United States appear to have reached broad agreement on a framework for fighting the criminal groups that run much of the drug trade."
    let event = try #require(try B.build([B.article("a", text)]).first)
    #expect(event.title == "Mexico and the United States appear to have reached broad agreement")
  }

  @Test func aTitleKeepsALeadingHedgeAndATrailingSource() throws {
    let text = """
      Reportedly, the Sinaloa cartel moved its laboratories to Sonora in 2019.

      The cartel likely sold weapons to the gang in June 2020, according to officials.
      """
    let titles = try B.build([B.article("a", text)]).map(\.title)
    #expect(titles == [
      "Reportedly, the Sinaloa cartel moved its laboratories to Sonora in 2019",
      "Officials: The cartel likely sold weapons to the gang in June 2020",
    ])
    #expect(B.droppedHedges(title: "The Sinaloa cartel moved", quote: "Reportedly, the Sinaloa cartel moved.", hedges: ["reportedly"]) == ["Reportedly"])
    #expect(B.droppedHedges(title: "Talks in May ended", quote: "Talks in May ended.", hedges: ["may"]).isEmpty)
  }

  @Test func anIrregularPastVerbMakesADatedSentenceAnEvent() throws {
    let events = try B.build([B.article("a", "The police commander sold weapons to the gang in June 2020.")])
    #expect(events.map(\.title) == ["The police commander sold weapons to the gang in June 2020"])
    #expect(events.first?.rules?.contains("past-tense-verb") == true)
  }

  @Test func aReportedClauseKeepsItsSpeaker() throws {
    let text = "The vast majority of hard drugs are smuggled into the U.S. in vehicles, Secretary Kelly said, particularly in commercial trucks."
    let event = try #require(try B.build([B.article("a", text, published: "2017-05")]).first)
    // "Secretary Kelly: …" would be 87 characters: the speaker loses his title.
    #expect(event.title == "Kelly: The vast majority of hard drugs are smuggled into the U.S. in vehicles")
  }

  @Test func aLongSubjectLosesPeoplesTitlesBeforeTheClauseIsCut() throws {
    let text = "On May 18, 2017, Secretary of State Rex Tillerson and Secretary of Homeland Security John Kelly met their Mexican counterparts in Washington to discuss the fight against organized crime."
    let event = try #require(try B.build([B.article("a", text)]).first)
    #expect(event.title.hasPrefix("Rex Tillerson and John Kelly met their Mexican counterparts"))
    #expect(event.title.count <= 80)
    #expect(event.rules?.contains("title:cut") == true)
  }

  // MARK: Merging

  static let meetingA = B.article(
    "a", "On May 18, 2017, Secretary Tillerson and Secretary Kelly met Videgaray and Osorio Chong in Washington.",
    published: "2017-05-20")
  static let meetingB = B.article(
    "b", "In May 2017, Tillerson and Kelly agreed with Videgaray on a strategy against the cartels.", published: "2017-06")

  @Test func oneHappeningInTwoArticlesIsOneEventCitingBoth() throws {
    let events = try B.build([Self.meetingA, Self.meetingB])
    let event = try #require(events.first)
    #expect(events.count == 1)
    #expect(Set(event.citations.map(\.article)) == ["a", "b"])
    // The tightest date both support: the day within the month.
    #expect(event.start == EDTFDate(PartialDate(year: 2017, month: 5, day: 18)!) && event.end == nil)
    #expect(event.rules?.contains("merged:2-articles") == true)
  }

  /// The lead (the first article, on a tie) dates the event by the month; the second article's
  /// day is tighter, so the event takes the day and says why.
  @Test func aSecondArticleThatDatesTheEventMoreTightlyGivesItsDate() throws {
    let month = B.article(
      "a", "In May 2017, Tillerson and Kelly met Videgaray and Osorio Chong in Washington.", published: "2017-06")
    let day = B.article(
      "b", "On May 18, 2017, Tillerson and Kelly met Videgaray and Osorio Chong in Washington.", published: "2017-05-20")
    let events = try B.build([month, day])
    let event = try #require(events.first)
    #expect(events.count == 1)
    #expect(event.citations.first?.article == "a")
    #expect(event.start == EDTFDate(PartialDate(year: 2017, month: 5, day: 18)!) && event.end == nil)
    #expect(event.rules?.contains("merged:2-articles") == true)
    #expect(event.rules?.contains("date:tightest-of-citations") == true)
    // The lead's own date stays: no rule.
    let alone = try #require(try B.build([day, month]).first)
    #expect(alone.rules?.contains("date:tightest-of-citations") == false)
  }

  @Test func differentHappeningsOnTheSameDayStayApart() throws {
    let other = B.article(
      "c", "In May 2017, the Chilean senate approved a law on fishing quotas in Valparaiso.", published: "2017-06")
    let events = try B.build([Self.meetingA, other])
    #expect(events.count == 2)
    #expect(events.allSatisfy { Set($0.citations.map(\.article)).count == 1 })
  }

  @Test func datesThatDoNotOverlapNeverMerge() throws {
    let later = B.article(
      "b", "In May 2019, Tillerson and Kelly agreed with Videgaray on a strategy against the cartels.", published: "2019-06")
    #expect(try B.build([Self.meetingA, later]).count == 2)
  }

  @Test func twoStatisticsMergeOnlyWithTheSameFigure() throws {
    let a = B.article("a", "In 2019, Mexico recorded 34,500 homicides, a deadly record.", published: "2020")
    let b = B.article("b", "Mexico recorded 29,000 homicides in 2019 according to a second count.", published: "2020")
    let c = B.article("c", "The 34,500 homicides of 2019 set a record in Mexico.", published: "2020")
    let events = try B.build([a, b, c])
    #expect(events.count == 2)
    let merged = try #require(events.first { $0.citations.count == 2 })
    #expect(Set(merged.citations.map(\.article)) == ["a", "c"])
  }

  // MARK: Themes

  @Test func themesComeFromPhrasesAndLabelWordsWithTheirEvidence() throws {
    let themes = [
      Theme(key: "arms", label: "Arms trafficking", description: "Guns smuggled south.", phrases: ["weapons", "firearms"]),
      Theme(key: "justice", label: "Justice and extradition", description: "Courts and prosecutions.", phrases: ["indicted"]),
      Theme(key: "other", label: "Other", description: "Anything else.", phrases: []),
    ]
    let text = """
      On June 2, 2021, agents seized 40 weapons at the port of Nogales.
      On June 3, 2021, a court approved the extradition of a cartel leader.
      On June 4, 2021, the mayor opened a new park.
      """
    let events = try B.build([B.article("a", text)], themes: themes)
    #expect(events.map(\.themes) == [["arms"], ["justice"], ["other"]])
    #expect(events.map { $0.themeEvidence ?? [:] } == [["arms": "weapons"], ["justice": "extradition"], [:]])
    #expect(events[2].rules?.contains("theme:none-matched") == true)
  }

  @Test func withoutAnOtherThemeTheParagraphOrTheArticleDecidesAndSaysSo() throws {
    let themes = [Theme(key: "arms", label: "Arms trafficking", description: "Guns.", phrases: ["weapons"])]
    let text = "Weapons keep flowing south, officials say. On June 4, 2021, the mayor opened a new park by the river."
    let event = try #require(try B.build([B.article("a", text)], themes: themes).first { $0.title.contains("park") })
    #expect(event.themes == ["arms"])
    #expect(event.themeEvidence == ["arms": "weapons (elsewhere in the paragraph)"])
  }

  // MARK: Ordering, confidence, determinism

  @Test func eventsComeInDateOrderThenInTheOrderTheArticlesTellThem() throws {
    let a = B.article("a", "In 2020, the agency launched a review of its border program. In 2018, the agency launched a border program.")
    let b = B.article("b", "In 2020, the governors signed a pact on water rights in the valley.")
    let events = try B.build([a, b])
    #expect(events.map(\.start.year) == [2018, 2020, 2020])
    #expect(events.map { $0.citations[0].article } == ["a", "a", "b"])
  }

  @Test func everyProposalCarriesAConfidenceAndItsRulesAndTheMinimumFilters() throws {
    let text = """
      On March 3, 2021, officials opened a new border crossing in Nogales.
      Police have seized 1,200 kilograms of cocaine at the port.
      """
    let builder = try B.builder()
    let all = builder.build([B.article("a", text)])
    #expect(all.events.count == 2)
    #expect(all.events.allSatisfy { ($0.confidence ?? -1) >= 5 && ($0.confidence ?? 100) <= 95 && !($0.rules ?? []).isEmpty })
    let scores = all.events.compactMap(\.confidence).sorted()
    let kept = builder.build([B.article("a", text)], options: .init(minConfidence: scores[1]))
    #expect(kept.events.count == 1 && kept.belowConfidence == 1)
    #expect(kept.events.first?.confidence == scores[1])
  }

  @Test func rejectedCitationsStayOut() throws {
    let text = "On March 3, 2021, officials opened a new border crossing in Nogales."
    let rejected = Citation(article: "a", quote: text)
    let result = try B.builder().build([B.article("a", text)], options: .init(rejected: [rejected]))
    #expect(result.events.isEmpty && result.rejected == 1)
  }

  @Test func theSameInputBuildsTheSameChronology() throws {
    let corpus = try BundledCorpusFiles.load()
    let builder = try B.builder(themes: corpus.themes)
    #expect(builder.build(corpus.articles).events == builder.build(corpus.articles).events)
  }

  // MARK: Spanish

  @Test func aSpanishArticleGoesThroughTheSpanishRules() throws {
    let text = """
      El 18 de mayo de 2017, los ministros de ambos países se reunieron en Washington.
      Sin embargo, la violencia aumentó en varios estados del norte durante el año.
      """
    let events = try B.build([B.article("es", text, published: "2017-06")])
    let meeting = try #require(events.first { $0.kind == .meeting })
    #expect(meeting.start == EDTFDate(PartialDate(year: 2017, month: 5, day: 18)!))
    #expect(meeting.title == "Los ministros de ambos países se reunieron en Washington")
    #expect(events.contains { $0.kind == .statistic && $0.title.hasPrefix("La violencia aumentó") })
  }

  // MARK: Truth on the seed articles

  @Test func theSeedChronologyValidatesAndItsTitlesSayNoMoreThanTheirQuotes() throws {
    let corpus = try BundledCorpusFiles.load()
    let events = try B.builder(themes: corpus.themes).build(corpus.articles).events
    #expect(events.count >= 30)
    let built = Corpus(articles: corpus.articles, events: events, themes: corpus.themes)
    #expect(built.validate(fileEvents: events).isEmpty)
    #expect(built.themeWarnings(fileEvents: events).isEmpty)
    #expect(built.supportWarnings(fileEvents: events).isEmpty, "\(built.supportWarnings(fileEvents: events))")
    let hedges = ["likely", "reportedly", "may", "might", "could", "appear", "appears", "seem", "seems", "believed", "estimated"]
    for event in events {
      let quotes = event.citations.map(\.quote).joined(separator: "\n")
      #expect(event.title.count <= 80, "\(event.title)")
      #expect(!event.title.hasSuffix("…") && !event.title.hasSuffix("..."), "\(event.title)")
      #expect(event.title.first.map { !$0.isLowercase } ?? false, "\(event.title)")
      for number in event.title.split(whereSeparator: { !$0.isNumber && $0 != "," && $0 != "." }).map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")) })
      where number.contains(where: \.isNumber) {
        #expect(quotes.contains(number), "'\(number)' in '\(event.title)' is not in its quotes")
      }
      // Every word of the title is a word of its quotes (the title only ever drops words).
      let quoteWords = Set(quotes.lowercased().split { !$0.isLetter && !$0.isNumber })
      for word in event.title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
        #expect(quoteWords.contains(word), "'\(word)' in '\(event.title)'")
      }
      // A hedge of the clause the title comes from stays in the title: every hedge of the lead
      // quote up to the last word the title keeps.
      #expect(B.droppedHedges(title: event.title, quote: event.citations[0].quote, hedges: hedges).isEmpty, "\(event.title)")
      // The summary is the title as a sentence, attributed to the source when a quote hedges:
      // it says no more than the title does.
      let attributed = [".", ", according to the cited passage.", ", according to the cited passages."]
      #expect(event.summary == event.title || attributed.contains { event.summary == event.title + $0 }, "\(event.id)")
      #expect(!(event.themeEvidence ?? [:]).isEmpty || event.themes == ["other"], "\(event.id)")
      #expect(event.origin == "extracted")
    }
  }

  @Test func theFixturesBuildWithoutProblemsOrWarnings() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/build")
    for name in ["us-mexico-2021-2023", "heldout-sherwood-randall-2024"] {
      let input = try BuildInput.read(folder.appendingPathComponent(name))
      let events = try B.builder(themes: input.themes).build(input.articles, options: .init(modes: input.modes)).events
      #expect(events.count >= 10, "\(name)")
      let built = Corpus(articles: input.articles, events: events, themes: input.themes)
      #expect(built.validate(fileEvents: events).isEmpty, "\(name)")
      #expect(built.themeWarnings(fileEvents: events).isEmpty, "\(name)")
      #expect(built.supportWarnings(fileEvents: events).isEmpty, "\(name): \(built.supportWarnings(fileEvents: events))")
    }
  }

  @Test func theSeedBuildMeetsTheBenchmarkTargets() throws {
    let corpus = try BundledCorpusFiles.load()
    let built = try B.builder(themes: corpus.themes).build(corpus.articles).events
    let score = ChronologyComparison(built: built, reference: Array(corpus.events), articles: corpus.articles)
    #expect(score.coverage >= 0.8, "coverage \(score.coverage), missed \(score.missed)")
    #expect(score.precision >= 0.6, "precision \(score.precision)")
    #expect(score.merged >= 2)
  }

  @Test func theComparisonCountsOverlapAndCompatibleDates() throws {
    let article = B.article("a", "One thing happened. Another thing happened later.")
    let text = article.text
    let first = String(text.split(separator: ".")[0]) + "."
    func event(_ id: String, _ year: Int, _ quote: String) -> Event {
      Event(
        id: id, start: EDTFDate(PartialDate(wholeYear: year)), display: "\(year)", kind: .statement, title: id, summary: id,
        themes: ["other"], citations: [Citation(article: "a", quote: quote)])
    }
    let reference = [event("r1", 2020, first), event("r2", 2021, "Another thing happened later.")]
    let built = [event("b1", 2020, "One thing"), event("b2", 2019, "Another thing"), event("b3", 2020, "later.")]
    let score = ChronologyComparison(built: built, reference: reference, articles: [article])
    #expect(score.covered == 1 && score.missed == ["r2"])  // b2's dates do not overlap r2's
    #expect(score.precise == 3 && score.builtCount == 3)
  }
}
