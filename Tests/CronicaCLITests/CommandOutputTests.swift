import CronicaUI
import Foundation
import Testing

@testable import CronicaCLI

@Suite("show, sources, read, themes, validate: every format")
struct CommandOutputTests {
  @Test func showText() {
    let outcome = CLIHarness.runValid(["show", "talks-2023"])
    #expect(outcome.status == 0)
    let text = outcome.stdout
    #expect(text.hasPrefix("@ High-level security dialogue\n"))
    #expect(text.contains("ID:         talks-2023"))
    #expect(text.contains("Date:       October 2023 (2023-10; 2023-10-01 to 2023-10-31)"))
    #expect(text.contains("Themes:     Diplomacy (diplomacy), Fentanyl (fentanyl)"))
    #expect(text.contains("[1] Fentanyl notes (b-notes)"))
    #expect(text.contains("[2] The Mérida \u{241B}[2Jreport (a-report)"))
    #expect(text.contains("\u{201C}to fund security cooperation\u{201D}"))
    #expect(CLIHarness.unsafeScalars(in: text).isEmpty)
  }

  @Test func showTextSanitizesHostileFields() {
    for id in ["guns-2019", "fentanyl-2020"] {
      let outcome = CLIHarness.runValid(["show", id])
      #expect(outcome.status == 0)
      #expect(CLIHarness.unsafeScalars(in: outcome.stdout).isEmpty, "\(id)")
    }
  }

  @Test func showWrapsInATerminal() {
    let outcome = CLIHarness.runValid(["show", "talks-2023"], terminal: true, width: 40)
    for line in outcome.stdout.split(separator: "\n") { #expect(DisplayText.width(of: String(line)) <= 40, "\(line)") }
    #expect(outcome.stdout.contains("Officials met in Mexico City"))
  }

  @Test func showJSON() throws {
    let outcome = CLIHarness.runValid(["show", "fentanyl-2020", "--format", "json"])
    let event = try #require(try CLIHarness.json(outcome.stdout) as? [String: Any])
    #expect(
      Set(event.keys) == [
        "id", "start", "end", "earliest", "latest", "display", "kind", "title", "summary", "themes", "citations",
      ])
    #expect(event["earliest"] as? String == "2020-01-01")
    #expect(event["latest"] as? String == "2020-06-30")
    #expect(event["id"] as? String == "fentanyl-2020")
    #expect(event["display"] as? String == "first half of 2020")
    #expect(event["themes"] as? [String] == ["fentanyl"])
  }

  @Test func sourcesText() {
    let outcome = CLIHarness.runValid(["sources"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("ID        PUBLISHED      OUTLET           TITLE\n"))
    #expect(outcome.stdout.contains("b-notes   unknown        =Fixture Weekly  Fentanyl notes [title supplied]"))
    #expect(outcome.stdout.hasSuffix("2 sources\n"))
    #expect(CLIHarness.unsafeScalars(in: outcome.stdout).isEmpty)
  }

  @Test func sourcesJSON() throws {
    let outcome = CLIHarness.runValid(["sources", "--format", "json"])
    let sources = try #require(try CLIHarness.json(outcome.stdout) as? [[String: Any]])
    #expect(sources.count == 2)
    let keys: Set = [
      "id", "title", "title_supplied", "outlet", "authors", "published", "published_earliest", "published_latest",
      "published_display", "date_basis", "origin", "url",
    ]
    for source in sources { #expect(Set(source.keys) == keys) }
    #expect(sources[0]["published"] as? String == "2023-11")
    #expect(sources[0]["published_earliest"] as? String == "2023-11-01")
    #expect(sources[0]["published_latest"] as? String == "2023-11-30")
    #expect(sources[1]["published_earliest"] is NSNull)
    #expect(sources[0]["authors"] as? [String] == ["Ana Pérez"])
    #expect(sources[0]["title_supplied"] as? Bool == false)
    #expect(sources[1]["published"] is NSNull)
    #expect(sources[1]["title_supplied"] as? Bool == true)
    #expect(sources[1]["origin"] as? String == "b.txt")
  }

  @Test func readText() {
    let outcome = CLIHarness.runValid(["read", "a-report"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("By:         Ana Pérez"))
    #expect(
      outcome.stdout.contains("\n\nThe Mérida Initiative was signed in June 2008 to fund security cooperation.\n"))
    #expect(CLIHarness.unsafeScalars(in: outcome.stdout).isEmpty)
  }

  @Test func readJSONAddsText() throws {
    let outcome = CLIHarness.runValid(["read", "b-notes", "--format", "json"])
    let article = try #require(try CLIHarness.json(outcome.stdout) as? [String: Any])
    #expect(Set(article.keys).contains("text"))
    #expect(article.count == 13)  // the 12 keys of `sources`, and `text`
    #expect((article["text"] as? String)?.contains("Overdose deaths from fentanyl rose") == true)
  }

  @Test func themesText() {
    let outcome = CLIHarness.runValid(["themes"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("arms       Arms trafficking  2       Guns smuggled south across the border."))
    #expect(outcome.stdout.hasSuffix("4 themes\n"))
  }

  @Test func themesJSONCounts() throws {
    let outcome = CLIHarness.runValid(["themes", "--format", "json"])
    let themes = try #require(try CLIHarness.json(outcome.stdout) as? [[String: Any]])
    for theme in themes { #expect(Set(theme.keys) == ["key", "label", "description", "count"]) }
    let counts = Dictionary(
      uniqueKeysWithValues: themes.map { ($0["key"] as? String ?? "", $0["count"] as? Int ?? -1) })
    #expect(counts == ["arms": 2, "cash": 1, "fentanyl": 2, "diplomacy": 2])
  }

  @Test func validatePassesOnTheValidFixture() throws {
    let outcome = CLIHarness.run(["validate", CLIHarness.corpus("valid")])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("ok: "))
    #expect(outcome.stdout.contains("2 articles, 5 events, 4 themes"))
    let json = CLIHarness.run(["validate", "--format", "json", "--corpus", CLIHarness.corpus("valid")])
    let report = try #require(try CLIHarness.json(json.stdout) as? [String: Any])
    #expect(report["valid"] as? Bool == true)
    #expect(report["events"] as? Int == 5)
    #expect((report["problems"] as? [Any])?.isEmpty == true)
  }

  @Test func validateUsesTheEnvironmentCorpus() {
    let outcome = CLIHarness.run(["validate"], environment: ["CRONICA_CORPUS": CLIHarness.corpus("valid")])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("5 events"))
  }
}

@Suite("validate: theme and support warnings")
struct ValidateWarningTests {
  @Test func warningsArePrintedButDoNotFail() throws {
    let outcome = CLIHarness.run(["validate", CLIHarness.corpus("warnings")])
    #expect(outcome.status == 0)
    let warnings = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
    let themes = warnings.filter { $0.contains(".themes: ") }
    #expect(themes.count == 1)
    // cash-2019-06 is events[3] in the file and quotes "bulk cash" without the cash theme.
    #expect(themes.first?.hasPrefix("warning: events.json: events[3].themes: 'cash-2019-06'") == true)
    #expect(themes.first?.contains("'cash'") == true)
    #expect(outcome.stdout.hasSuffix("\(warnings.count) warnings (not errors)\n"))
    let json = CLIHarness.run(["validate", CLIHarness.corpus("warnings"), "--format", "json"])
    let report = try #require(try CLIHarness.json(json.stdout) as? [String: Any])
    let list = try #require(report["warnings"] as? [[String: Any]])
    #expect(list.count == warnings.count)
    #expect(list.first?["location"] as? String == "events[3].themes")
    #expect(report["valid"] as? Bool == true)
  }

  /// The valid fixture's hostile fields (an escape sequence in a title, a web address in quotation
  /// marks) and its cut quote are support warnings, named by event, field and words; nothing else.
  @Test func theValidFixtureWarnsOnlyWhereItsTitlesSayMoreThanItsQuotes() {
    let outcome = CLIHarness.run(["validate", CLIHarness.corpus("valid")])
    #expect(outcome.status == 0)
    let warnings = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("warning: ") }.map(String.init)
    #expect(
      warnings == [
        "warning: events.json: events[0].citations[1].quote: 'talks-2023' citations[1].quote starts inside a "
          + "clause (\"to fund security cooperation…\"); quote from the start of the clause",
        "warning: events.json: events[2].title: 'guns-2019' title says \"31\", a number no cited quote gives; "
          + "say only what the quotes say, or cite the passage that gives it",
        "warning: events.json: events[2].title: 'guns-2019' title says \"0\", a number no cited quote gives; "
          + "say only what the quotes say, or cite the passage that gives it",
        "warning: events.json: events[3].title: 'cash-2019-06' title puts \u{201C}http://evil.example\u{201D} in "
          + "quotation marks, but no cited quote has those words verbatim; quote the source exactly or drop the "
          + "quotation marks",
      ])
  }
}
