import Foundation
import Testing

import CronicaModel
@testable import CronicaCLI

@Suite("Bad input: usage errors (64) and bad data (65)")
struct ErrorTests {
  /// Every located problem in the broken fixture.
  static let brokenProblems = [
    "manifest.json: articles[1].origin: cannot read articles/missing.txt: no such file",
    "events.json: events[1].id: duplicate event id 'merida-2008'",
    "events.json: events[2].themes[0]: unknown theme 'weapons'",
    "events.json: events[3].citations[0].quote: not found in article a-report",
    "events.json: line 75, column 14: events[4] (id 'bad-article').end: "
      + "'bad-article' ends (2019) before it starts (2020)",
    "events.json: events[4].citations[0].article: unknown article 'zz-none'",
  ]

  func expectUsage(_ outcome: CommandOutcome, naming parts: [String]) {
    #expect(outcome.status == 64)
    #expect(outcome.stdout.isEmpty)
    let first = outcome.stderr.split(separator: "\n").first.map(String.init) ?? ""
    for part in parts { #expect(first.contains(part), "\(first) lacks \(part)") }
  }

  @Test(arguments: [
    ("lst", ["`cronica list`"]), ("lsit", ["`cronica list`"]), ("valdiate", ["`cronica validate`"]),
    ("ex", ["`cronica export`", "`cronica extract`"]), ("THEMES", ["`cronica themes`"]),
  ])
  func unknownCommandSuggestsTheNearest(_ word: String, _ suggestions: [String]) {
    let outcome = CLIHarness.runValid([word])
    expectUsage(outcome, naming: ["'\(word)' is not a cronica command", "did you mean"] + suggestions)
    #expect(!outcome.stderr.contains("does not exist"))
  }

  @Test func aWordFarFromEveryCommandIsNeitherACommandNorAPath() {
    let outcome = CLIHarness.runValid(["nonsense-thing"])
    expectUsage(outcome, naming: ["'nonsense-thing' is neither a cronica command (browse, list,", "nor a corpus path"])
    // A path is still a path: a missing one says so.
    expectUsage(CLIHarness.run(["./no-such-corpus"]), naming: ["corpus './no-such-corpus' does not exist"])
  }

  @Test func unknownEventNamesTheChoices() {
    let outcome = CLIHarness.runValid(["show", "merida"])
    expectUsage(outcome, naming: ["unknown event 'merida'", "merida-2008", "talks-2023"])
    #expect(outcome.stderr.split(separator: "\n").count == 1)
  }

  @Test func unknownArticleNamesTheChoices() {
    expectUsage(
      CLIHarness.runValid(["read", "c-report"]), naming: ["unknown article 'c-report'", "a-report, b-notes"])
    expectUsage(CLIHarness.runValid(["read", "x", "--format", "json"]), naming: ["unknown article 'x'"])
  }

  @Test func unknownThemeNamesTheChoices() {
    // "gnus" is nearest to arms's phrase "guns"; nothing is near "zzzz", so every key is listed.
    expectUsage(
      CLIHarness.runValid(["list", "--theme", "arms", "--theme", "gnus"]),
      naming: ["unknown theme 'gnus'", "nearest: arms (Arms trafficking)", "see `cronica themes`"])
    expectUsage(
      CLIHarness.runValid(["list", "--theme", "zzzz"]),
      naming: ["unknown theme 'zzzz'", "arms, cash, fentanyl, diplomacy"])
  }

  @Test func unknownKindNamesTheChoices() {
    expectUsage(
      CLIHarness.runValid(["list", "--kind", "meetings"]), naming: ["unknown kind 'meetings'", "meeting", "statistic"])
  }

  @Test func badDateNamesTheValue() {
    let outcome = CLIHarness.runValid(["list", "--to", "2020-02-30"])
    expectUsage(outcome, naming: ["'2020-02-30'", "--to", "YYYY, YYYY-MM or YYYY-MM-DD"])
  }

  @Test func hostileValuesAreSanitizedInMessages() {
    let outcome = CLIHarness.runValid(["show", "x\u{1B}]0;pwned\u{07}"])
    #expect(outcome.status == 64)
    #expect(CLIHarness.unsafeScalars(in: outcome.stderr).isEmpty)
    #expect(outcome.stderr.contains("x\u{241B}]0;pwned\u{2407}"))
  }

  @Test func closestMatchesWhenThereAreMany() {
    let ids = (1...30).map { "event-\($0)" } + ["merida-initiative-2008", "merida-funding-2010"]
    let choices = Suggestions.choices(for: "merida", among: ids, listedBy: "cronica list")
    let named = choices.dropFirst("closest: ".count).split(separator: ",").prefix(2).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    #expect(Set(named) == ["merida-initiative-2008", "merida-funding-2010"])
    #expect(choices.contains("32 in all"))
    let typo = Suggestions.closest(to: "evnt-12", among: ids, limit: 1)
    #expect(typo == ["event-12"])
  }

  /// The one-pass choice against sorting every choice by score (contained first, then edit
  /// distance, then order), on random ids with ties, containment both ways and empty input.
  @Test func closestKeepsTheBestScoresInOrder() {
    var random = SystemRandomNumberGenerator()
    let pieces = ["ev", "E", "0", "1", "-", "é", "x", "merida"]
    func word() -> String { (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
    for _ in 0..<300 {
      let all = (0..<Int.random(in: 0...40, using: &random)).map { _ in word() }
      let value = word()
      let needle = TextFolding.fold(value)
      let sorted = all.indices.map { index -> (Int, Int) in
        let folded = TextFolding.fold(all[index])
        let contains = !needle.isEmpty && (folded.contains(needle) || needle.contains(folded))
        let distance = TextFolding.editDistance(Array(needle), Array(folded))
        return (contains ? distance - 1000 : distance, index)
      }.sorted { $0 < $1 }.map { all[$0.1] }
      for limit in [0, 1, 3, 5] {
        #expect(Suggestions.closest(to: value, among: all, limit: limit) == Array(sorted.prefix(limit)), "\(value) in \(all)")
      }
    }
  }

  @Test func brokenCorpusFailsWithEveryProblemLocated() {
    for command in [
      ["list"], ["show", "merida-2008"], ["sources"], ["read", "a-report"], ["themes"], ["list", "--format", "json"],
    ] {
      let outcome = CLIHarness.run(command + ["--corpus", CLIHarness.corpus("broken")])
      #expect(outcome.status == 65, "\(command)")
      #expect(outcome.stdout.isEmpty, "\(command) half-wrote stdout")
      for problem in Self.brokenProblems { #expect(outcome.stderr.contains(problem), "\(command): \(problem)") }
      #expect(CLIHarness.unsafeScalars(in: outcome.stderr).isEmpty)
    }
  }

  @Test func validateListsEveryProblem() throws {
    let outcome = CLIHarness.run(["validate", CLIHarness.corpus("broken")])
    #expect(outcome.status == 65)
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == Self.brokenProblems.count + 1)
    for (line, problem) in zip(lines, Self.brokenProblems) { #expect(line.hasPrefix(problem)) }
    #expect(lines.last?.hasPrefix("6 problems in ") == true)
    #expect(CLIHarness.unsafeScalars(in: outcome.stdout).isEmpty)
    let json = CLIHarness.run(["validate", CLIHarness.corpus("broken"), "--format", "json"])
    #expect(json.status == 65)
    let report = try #require(try CLIHarness.json(json.stdout) as? [String: Any])
    #expect(report["valid"] as? Bool == false)
    let problems = try #require(report["problems"] as? [[String: Any]])
    #expect(problems.count == 6)
    #expect(problems[3]["location"] as? String == "events[3].citations[0].quote")
    #expect(problems[3]["file"] as? String == "events.json")
    #expect(report["events"] is NSNull)
  }

  @Test func corpusFolderMissing() {
    let outcome = CLIHarness.run(["list", "--corpus", "/nonexistent/cronica-corpus"])
    expectUsage(outcome, naming: ["'/nonexistent/cronica-corpus' does not exist"])
    let validate = CLIHarness.run(["validate", "/nonexistent/cronica-corpus"])
    #expect(validate.status == 64)
  }

  /// A file is read as TimelineJS: Cronica's own events.json is not a timeline, so it fails with
  /// located problems (65) instead of loading halfway.
  @Test func corpusIsANonTimelineFile() {
    let file = CLIHarness.corpus("valid") + "/events.json"
    let outcome = CLIHarness.run(["themes", "--corpus", file])
    #expect(outcome.status == 65)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.hasPrefix("Error: cannot load the corpus at \(file)"))
    #expect(outcome.stderr.contains("events.json: line "))
  }

  @Test func corpusMissingEventsFile() {
    let outcome = CLIHarness.run(["list", "--corpus", CLIHarness.corpus("no-events")])
    #expect(outcome.status == 65)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("events.json: no such file"))
    let validate = CLIHarness.run(["validate", CLIHarness.corpus("no-events")])
    #expect(validate.status == 65)
    #expect(validate.stdout.contains("events.json: no such file"))
  }

  @Test func environmentCorpusIsUsedAndOptionWins() {
    let env = ["CRONICA_CORPUS": CLIHarness.corpus("broken")]
    #expect(CLIHarness.run(["list"], environment: env).status == 65)
    #expect(CLIHarness.run(["list", "--corpus", CLIHarness.corpus("valid")], environment: env).status == 0)
  }

  @Test func browseNeedsATerminal() {
    let outcome = CLIHarness.runValid(["browse"])
    #expect(outcome.status == 1)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("needs a terminal"))
  }

  @Test func browseNeedsAUsableTerm() {
    for env in [[:], ["TERM": "dumb"], ["TERM": ""]] {
      let outcome = CLIHarness.run(
        ["browse", "--corpus", CLIHarness.corpus("valid")], environment: env, terminal: true, width: 80)
      #expect(outcome.status == 1)
      #expect(outcome.stderr.contains("TERM"))
    }
  }

  /// `cronica` and `cronica browse` skip the argument parser; they must behave as the parsed
  /// command does: same corpus choice (`CRONICA_CORPUS`), same failure, same status.
  @Test func theUnparsedStartBehavesLikeTheParsedCommand() {
    let broken = CLIHarness.corpus("broken")
    let env = ["CRONICA_CORPUS": broken, "TERM": "xterm"]
    let parsed = CLIHarness.run(["browse", "--corpus", broken], environment: ["TERM": "xterm"], terminal: true, width: 80)
    #expect(parsed.status == 65)
    for arguments in [[], ["browse"]] {
      let fast = CLIHarness.run(arguments, environment: env, terminal: true, width: 80)
      #expect(fast.status == parsed.status, "\(arguments)")
      // The same message, which also says where the path came from.
      #expect(fast.stderr.contains(" (from CRONICA_CORPUS) "), "\(arguments)")
      #expect(fast.stderr.replacingOccurrences(of: " (from CRONICA_CORPUS)", with: "") == parsed.stderr, "\(arguments)")
    }
    #expect(CLIHarness.runValid(["browse"]).stderr == CLIHarness.runValid(["browse", "--corpus", CLIHarness.corpus("valid")]).stderr)
  }
}
