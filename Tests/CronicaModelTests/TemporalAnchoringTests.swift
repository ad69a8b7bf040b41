import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

/// Anchoring of relative expressions, tense, unknown publication dates, and rule loading errors.
@Suite struct TemporalAnchoringTests {
  func tag(_ text: String, published: String?, mode: TemporalMode = .news) throws -> [TemporalExpression] {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    return tagger.tag(text, published: try published.map { try EDTFDate(parsing: $0) }, mode: mode)
  }

  @Test func unknownPublicationDateTagsAbsoluteDatesAndLeavesRelativeOnesUnresolved() throws {
    let found = try tag("In May 2017 they agreed. Last Thursday they met again. Earlier this year, talks stalled.", published: nil)
    #expect(found.map(\.text) == ["May 2017", "Last Thursday", "Earlier this year"])
    #expect(found[0].value == "2017-05")
    #expect(found[0].anchor == .none)
    #expect(found[1].value == nil)
    #expect(found[1].anchor == .unresolved)
    #expect(found[2].value == nil)
  }

  @Test func tenseDecidesTheDirectionOfABareWeekday() throws {
    let found = try tag("The talks took place on Friday. The minister will travel on Friday.", published: "2021-03-10")
    #expect(found.map(\.value) == ["2021-03-05", "2021-03-12"])
    #expect(found.allSatisfy { $0.anchor == .published(.fixture("2021-03-10")) })
  }

  /// News mode looks back for the verb a weekday hangs on: a later "would" in the same sentence
  /// does not turn "said on Tuesday" into the Tuesday after publication (a Monday).
  @Test func aReportedWeekdayTakesTheTenseOfItsVerb() throws {
    let found = try tag(
      "The minister said on Tuesday that the port would reopen. He said he would go on Thursday.",
      published: "2023-03-06")
    #expect(found.map(\.value) == ["2023-02-28", "2023-03-09"])
  }

  @Test func narrativeModeAnchorsOnTheLastMentionedDate() throws {
    let text = "In 2011, the program grew. Last year, funds had fallen. On June 3, officials met."
    let narrative = try tag(text, published: "2020-05-01", mode: .narrative)
    #expect(narrative.map(\.value) == ["2011", "2010", "2010-06-03"])
    #expect(narrative[1].anchor == .lastMentioned(PartialDate(year: 2011)!))
    let news = try tag(text, published: "2020-05-01", mode: .news)
    #expect(news.map(\.value) == ["2011", "2019", "2019-06-03"])
  }

  @Test func aMonthOfPublicationGivesTheIntervalOfItsDays() throws {
    let found = try tag("Yesterday the minister resigned. This year is different.", published: "2017-10")
    #expect(found[0].value == "2017-09-30/2017-10-30")
    #expect(found[0].anchor == .published(.fixture("2017-10")))
    #expect(found[1].value == "2017")
  }

  @Test func aResolutionTheSameForEveryDayOfThePublicationIntervalIsExact() throws {
    // May 22–28, 2017 is the week after Thursday, May 18: "last Thursday" is May 18 all week.
    let found = try tag(
      "As the secretary put it last Thursday, talks went well. The talks last week were frank.",
      published: "2017-05-22/2017-05-28")
    #expect(found.map(\.value) == ["2017-05-18", "2017-W20"])
    #expect(found[0].anchor == .published(.fixture("2017-05-22/2017-05-28")))
  }

  @Test func aResolutionThatDependsOnTheDayIsTheIntervalOfResolutions() throws {
    let found = try tag(
      "Last month the homicides rose. Since 2019 the figures have grown.", published: "2020-08/2020-12")
    #expect(found.map(\.value) == ["2020-07/2020-11", "2019/2020"])
  }

  @Test func lastAndNextWeekdayNameADayOfThePreviousOrFollowingWeek() throws {
    // 2021-03-12 is a Friday: last Monday is March 1 (the week before), not March 8.
    let found = try tag("They met last Monday. They will meet next Monday.", published: "2021-03-12")
    #expect(found.map(\.value) == ["2021-03-01", "2021-03-15"])
  }

  @Test func anOpenPublicationIntervalLeavesRelativeDatesUnresolved() throws {
    let found = try tag("Last month the homicides rose. In 2019 they fell.", published: "../2020-12")
    #expect(found[0].value == nil)
    #expect(found[0].anchor == .unresolved)
    #expect(found[1].value == "2019")
  }

  @Test func sentencesSplitAfterPeriodsButNotAbbreviations() throws {
    let found = try tag("The U.S. and Mexico met on Jan. 5. Officials said so in 2019.", published: "2019-03-01")
    #expect(found.map(\.value) == ["2019-01-05", "2019"])
    #expect(found[0].sentence == "The U.S. and Mexico met on Jan. 5.")
  }

  @Test func modalMayIsNotAMonth() throws {
    let found = try tag("Officials may meet. The talks may 2 days last.", published: "2019-03-01")
    #expect(found.map(\.text) == ["2 days"])
  }

  @Test func rulesFolderWithoutFilesIsAnError() throws {
    let folder = try TemporaryFolder("empty-rules").url
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: TemporalRulesError.self) { try TemporalRules.load(from: folder) }
  }

  /// The reason is said once: not "cannot list folder: cannot list /path: …".
  @Test func missingRulesFolderSaysWhyOnce() throws {
    let folder = try TemporaryFolder("gone-rules").url
    try FileManager.default.removeItem(at: folder)
    let error = #expect(throws: TemporalRulesError.self) { try TemporalRules.load(from: folder) }
    #expect(error?.description == "temporal rules \(folder.path): cannot list the folder: No such file or directory")
  }

  /// A rule file that is not JSON: its path once, then where and what.
  @Test func brokenRuleFileIsNamedOnce() throws {
    let folder = try TemporaryFolder("broken-rules").url
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(#"{"language": 3"#.utf8).write(to: folder.appendingPathComponent("a.json"))
    let error = #expect(throws: TemporalRulesError.self) { try TemporalRules.load(from: folder) }
    #expect(
      error?.description
        == "temporal rules \(folder.path)/a.json: line 1, column 15: not valid JSON: unterminated object: expected ',' or '}'")
  }

  @Test func unknownPatternClassNamesThePattern() throws {
    let json = """
      {"language": "xx", "lexicon": {}, "tense": {"future": [], "past": []}, "abbreviations": [],
       "patterns": [{"id": "broken", "match": ["NOSUCHCLASS"], "type": "DATE", "value": "x"}],
       "events": [], "statisticCues": []}
      """
    let document = try JSONDecoder().decode(TemporalRuleDocument.self, from: Data(json.utf8))
    do {
      _ = try TemporalRules(documents: [document])
      Issue.record("expected an error")
    } catch {
      #expect(error.pattern == "broken")
      #expect(error.description.contains("NOSUCHCLASS"))
    }
  }
}

/// Inputs that must not trap or misbehave.
@Suite struct TemporalRobustnessTests {
  @Test func hugeNumbersAndOddBytesDoNotTrap() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    let text = "999999999999999 years ago, 99999999999999999999 days later, \u{0}\u{1B}[31m 2019 \u{FEFF}emoji 🎉 in May 2019."
    let found = tagger.tag(text, published: .fixture("2020-01-01"), mode: .news)
    #expect(found.contains { $0.value == "2019-05" })
    #expect(found.contains { $0.value == "2019" })
    #expect(found.first?.value == "-999999999997979")
    #expect(tagger.tag("", published: nil, mode: .narrative).isEmpty)
  }

  @Test func expressionsNeverCrossSentences() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    let found = tagger.tag("They met in May.\n2019 was hard.", published: .fixture("2020"), mode: .news)
    #expect(found.map(\.text) == ["May", "2019"])
  }
}
