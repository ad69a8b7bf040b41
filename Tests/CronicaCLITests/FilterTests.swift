import Testing

@testable import CronicaCLI

@Suite("cronica list filters")
struct FilterTests {
  func ids(_ arguments: [String]) throws -> [String] {
    let outcome = CLIHarness.runValid(["list", "--format", "json"] + arguments)
    #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
    return try CLIHarness.ids(outcome)
  }

  @Test func everythingInChronologicalOrder() throws {
    #expect(try ids([]) == ["merida-2008", "guns-2019", "cash-2019-06", "fentanyl-2020", "talks-2023"])
  }

  @Test func oneTheme() throws {
    #expect(try ids(["--theme", "arms"]) == ["guns-2019", "cash-2019-06"])
    #expect(try ids(["--theme", "cash"]) == ["cash-2019-06"])
  }

  @Test func aThemeIsFoundByKeyLabelOrPhraseInAnyCase() throws {
    let arms = ["guns-2019", "cash-2019-06"]
    for value in ["ARMS", "Arms trafficking", "arms TRAFFICKING", "guns", "Firearms", "trafficking"] {
      #expect(try ids(["--theme", value]) == arms, "\(value)")
    }
    #expect(try ids(["--theme", "Cash flow"]) == ["cash-2019-06"])
    #expect(try ids(["--theme", "laundering"]) == ["cash-2019-06"])
  }

  @Test func severalThemesMeanAnyOfThem() throws {
    #expect(try ids(["--theme", "cash", "--theme", "fentanyl"]) == ["cash-2019-06", "fentanyl-2020", "talks-2023"])
    #expect(
      try ids(["--theme", "diplomacy", "--theme", "arms"]) == [
        "merida-2008", "guns-2019", "cash-2019-06", "talks-2023",
      ])
  }

  @Test func fromKeepsEventsEndingOnOrAfter() throws {
    // guns-2019 is the whole year 2019, so it overlaps a window starting in June 2019.
    #expect(try ids(["--from", "2019-06"]) == ["guns-2019", "cash-2019-06", "fentanyl-2020", "talks-2023"])
    // cash-2019-06 is June 15 only: a window from June 16 misses it, but not the year 2019.
    #expect(try ids(["--from", "2019-06-16"]) == ["guns-2019", "fentanyl-2020", "talks-2023"])
    #expect(try ids(["--from", "2020"]) == ["fentanyl-2020", "talks-2023"])
  }

  @Test func toKeepsEventsStartingOnOrBefore() throws {
    #expect(try ids(["--to", "2019"]) == ["merida-2008", "guns-2019", "cash-2019-06"])
    #expect(try ids(["--to", "2019-06-14"]) == ["merida-2008", "guns-2019"])
    #expect(try ids(["--to", "2008-05"]) == [])
  }

  @Test func periodsOverlapPartialWindows() throws {
    // fentanyl-2020 runs 2020-01 to 2020-06: any window touching those months keeps it.
    #expect(try ids(["--from", "2020-06-30", "--to", "2020-07"]) == ["fentanyl-2020"])
    #expect(try ids(["--from", "2020-07", "--to", "2020-12"]) == [])
    #expect(try ids(["--from", "2019-12", "--to", "2020-01-01"]) == ["guns-2019", "fentanyl-2020"])
  }

  @Test func searchIgnoresCaseAndDiacritics() throws {
    #expect(try ids(["--search", "merida"]) == ["merida-2008"])
    #expect(try ids(["--search", "MÉRIDA"]) == ["merida-2008"])
    #expect(try ids(["--search", "Mérida"]) == ["merida-2008"])
  }

  @Test func searchCoversTitlesSummariesAndQuotes() throws {
    #expect(try ids(["--search", "high-level"]) == ["talks-2023"])  // title
    #expect(try ids(["--search", "launched"]) == ["merida-2008"])  // summary only
    #expect(try ids(["--search", "headed south"]) == ["guns-2019"])  // quote only
    #expect(try ids(["--search", "security cooperation"]) == ["merida-2008", "talks-2023"])
  }

  @Test func kindFilters() throws {
    #expect(try ids(["--kind", "statistic"]) == ["guns-2019", "fentanyl-2020"])
    #expect(try ids(["--kind", "meeting", "--kind", "agreement"]) == ["merida-2008", "talks-2023"])
    #expect(try ids(["--kind", "legal"]) == [])  // a known kind the corpus does not use
  }

  @Test func filtersCombineWithAnd() throws {
    #expect(try ids(["--theme", "fentanyl", "--kind", "statistic"]) == ["fentanyl-2020"])
    #expect(try ids(["--theme", "arms", "--from", "2019-06-16"]) == ["guns-2019"])
    #expect(try ids(["--theme", "diplomacy", "--search", "mexico", "--to", "2010"]) == ["merida-2008"])
    #expect(
      try ids(["--theme", "arms", "--theme", "fentanyl", "--kind", "statistic", "--from", "2020"]) == ["fentanyl-2020"])
  }

  @Test func textAndJSONAgree() throws {
    let text = CLIHarness.runValid(["list", "--theme", "arms"]).stdout
    #expect(text.contains("guns-2019") && text.contains("cash-2019-06") && !text.contains("merida-2008"))
    #expect(text.hasSuffix("2 of 5 events\n"))
  }
}
