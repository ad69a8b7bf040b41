import CronicaModel
import CronicaUI
import Foundation
import Testing

@testable import CronicaCLI

@Suite("cronica list: every format on the fixture corpus")
struct ListOutputTests {
  @Test func textIsAlignedAndSanitized() throws {
    let outcome = CLIHarness.runValid(["list"])
    #expect(outcome.status == 0)
    #expect(outcome.stderr.isEmpty)
    #expect(CLIHarness.unsafeScalars(in: outcome.stdout).isEmpty)
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("DATE") == true)
    #expect(lines.last == "5 events")
    // Columns line up: every row has its id where the header has "ID".
    let header = try #require(lines.first)
    let idRange = try #require(header.range(of: "ID"))
    let idColumn = DisplayText.width(of: String(header[..<idRange.lowerBound]))
    for (line, id) in zip(
      lines.dropFirst(), ["merida-2008", "guns-2019", "cash-2019-06", "fentanyl-2020", "talks-2023"])
    {
      let range = try #require(line.range(of: id))
      #expect(DisplayText.width(of: String(line[..<range.lowerBound])) == idColumn, "misaligned: \(line)")
    }
    // The hostile title is visible but inert.
    #expect(outcome.stdout.contains("Guns \u{241B}[31mseized\u{241B}[0m"))
    #expect(!outcome.stdout.contains("\u{1B}"))
    #expect(!outcome.stdout.contains("\u{85}"))
    #expect(!outcome.stdout.contains("\u{202E}"))
  }

  /// In a process that exits after the output (the live one), the listed corpus is held for the
  /// exit to free; the output is the same either way, and a test's context frees it.
  @Test func theLiveProcessLeavesTheCorpusToTheExit() throws {
    let arguments = ["list", "--corpus", CLIHarness.corpus("valid")]
    // Only corpora with "valid"'s articles: other suites running alongside hold corpora of their own.
    let ids = try #require(try? Corpus.load(from: URL(fileURLWithPath: CLIHarness.corpus("valid")))).articles.map(\.id)
    func heldHere() -> Int { HeldUntilExit.held(OpenedCorpus.self).filter { $0.corpus.articles.map(\.id) == ids }.count }
    let before = heldHere()
    let freed = CronicaCommand.execute(arguments, in: CommandContext())
    #expect(heldHere() == before)
    var exiting = CommandContext()
    exiting.exitsAfterOutput = true
    let held = CronicaCommand.execute(arguments, in: exiting)
    #expect(heldHere() == before + 1)
    #expect(held == freed && held.status == 0)
  }

  @Test func textWrapsToTheTerminalWidth() {
    for width in [30, 44, 60, 72, 100] {
      let outcome = CLIHarness.runValid(["list"], terminal: true, width: width)
      #expect(outcome.status == 0)
      for line in outcome.stdout.split(separator: "\n") {
        #expect(DisplayText.width(of: String(line)) <= width, "\(width): \(line)")
      }
      #expect(outcome.stdout.contains("merida-2008"))
    }
  }

  /// The bundled chronology at 80 columns: no word is broken and every title keeps half the width.
  @Test(arguments: [80, 100, 120])
  func bundledListKeepsWordsWhole(width: Int) throws {
    let outcome = CLIHarness.run(["list"], terminal: true, width: width)
    #expect(outcome.status == 0)
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { DisplayText.width(of: $0) <= width })
    let printed = Set(lines.joined(separator: " ").split(separator: " ").map(String.init))
    let unwrapped = CLIHarness.run(["list"]).stdout
    for word in Set(unwrapped.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)) {
      #expect(printed.contains(word), "\(width): \(word) was broken")
    }
  }

  @Test func textIsUnwrappedWhenNotATerminal() {
    let outcome = CLIHarness.runValid(["list"])
    let longest = outcome.stdout.split(separator: "\n").map { DisplayText.width(of: String($0)) }.max() ?? 0
    #expect(longest > 72)
  }

  @Test func jsonHasExactFieldNames() throws {
    let outcome = CLIHarness.runValid(["list", "--format", "json"])
    #expect(outcome.status == 0)
    let events = try #require(try CLIHarness.json(outcome.stdout) as? [[String: Any]])
    #expect(events.count == 5)
    let expected: Set = [
      "id", "start", "end", "earliest", "latest", "display", "kind", "title", "summary", "themes", "citations",
    ]
    for event in events {
      #expect(Set(event.keys) == expected)
      let citations = try #require(event["citations"] as? [[String: Any]])
      for citation in citations { #expect(Set(citation.keys) == ["article", "quote"]) }
      #expect(event["themes"] is [String])
    }
    let byID = Dictionary(uniqueKeysWithValues: events.map { ($0["id"] as? String ?? "", $0) })
    #expect(byID["fentanyl-2020"]?["start"] as? String == "2020-01")
    #expect(byID["fentanyl-2020"]?["end"] as? String == "2020-06")
    #expect(byID["guns-2019"]?["start"] as? String == "2019")
    #expect(byID["cash-2019-06"]?["start"] as? String == "2019-06-15")
    #expect(byID["guns-2019"]?["end"] is NSNull)
    #expect(byID["fentanyl-2020"]?["earliest"] as? String == "2020-01-01")
    #expect(byID["fentanyl-2020"]?["latest"] as? String == "2020-06-30")
    #expect(byID["guns-2019"]?["latest"] as? String == "2019-12-31")
    // Data survives exactly, control characters included (as JSON escapes).
    #expect(byID["guns-2019"]?["title"] as? String == "Guns \u{1B}[31mseized\u{1B}[0m at the border")
    #expect(byID["fentanyl-2020"]?["title"] as? String == "Fentanyl \u{85}deaths\u{202E} rise")
    #expect(CLIHarness.unsafeScalars(in: outcome.stdout).isEmpty)
    #expect(!outcome.stdout.contains("\\/"))
  }

  @Test func jsonKeysAreSortedAndPretty() {
    let outcome = CLIHarness.runValid(["list", "--format", "json", "--search", "merida"])
    let keyLines = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("    \"") }.map {
      $0.dropFirst(5).prefix { $0 != "\"" }
    }
    #expect(
      keyLines == ["citations", "display", "earliest", "end", "id", "kind", "latest", "start", "summary", "themes", "title"])
  }

  @Test func csvParsesBackAndEscapesFormulas() throws {
    let outcome = CLIHarness.runValid(["list", "--format", "csv"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasSuffix("\r\n"))
    let records = try CSVReader.parse(outcome.stdout)
    #expect(records.first == CorpusExport.csvHeader)
    #expect(records.count == 6)
    for record in records { #expect(record.count == CorpusExport.csvHeader.count) }
    let cash = try #require(records.first { $0.first == "cash-2019-06" })
    #expect(cash[3] == "June 15, 2019")
    #expect(cash[5] == "'=HYPERLINK(\"http://evil.example\")")
    #expect(cash[6] == "'-2 million dollars, \"bulk\", traced")
    #expect(cash[7] == "cash; arms")
    let talks = try #require(records.first { $0.first == "talks-2023" })
    #expect(talks[5] == "'@ High-level security dialogue")
    #expect(talks[8].split(separator: "\n").count == 2)
    let fentanyl = try #require(records.first { $0.first == "fentanyl-2020" })
    #expect(fentanyl[6] == "'+ Overdose deaths rose.")
    #expect(fentanyl[2] == "2020-06")
    for record in records {
      for cell in record {
        #expect(CLIHarness.unsafeScalars(in: cell).isEmpty)
        if let first = cell.first { #expect(!"=+-@".contains(first), "formula cell \(cell)") }
      }
    }
  }

  /// The one CSV implementation (the model's `CSV.encode` and `CorpusExport.csvCell`), for list and export.
  @Test func csvFieldRules() {
    func field(_ raw: String) -> String { CSV.quote(CorpusExport.csvCell(raw)) }
    #expect(field("plain") == "plain")
    #expect(field("a,b") == "\"a,b\"")
    #expect(field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(field("two\nlines") == "\"two\nlines\"")
    #expect(field("=1+1") == "'=1+1")
    #expect(field("-3,4") == "\"'-3,4\"")
    #expect(field("x\u{1B}[2Jy\u{9B}") == "x[2Jy")
    #expect(field("left\tright") == "left right")
    #expect(field("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSV.encode([["a", "b"], ["c,d", "e"]]) == "a,b\r\n\"c,d\",e\r\n")
  }

  @Test func markdownGroupsByYearWithBlockQuotes() {
    let outcome = CLIHarness.runValid(["list", "--format", "markdown"])
    #expect(outcome.status == 0)
    let text = outcome.stdout
    #expect(text.hasPrefix("# Cronica timeline"))
    for year in ["## 2008", "## 2019", "## 2020", "## 2023"] { #expect(text.contains("\n\(year)\n")) }
    #expect(text.components(separatedBy: "\n## 2019\n").count == 2)
    #expect(text.contains("> The Mérida Initiative was signed in June 2008 to fund security cooperation."))
    #expect(text.contains("> — *Fentanyl notes*, =Fixture Weekly, unknown (`b-notes`)"))
    #expect(text.contains("### June 15, 2019: =HYPERLINK(\"http://evil.example\")"))
    #expect(CLIHarness.unsafeScalars(in: text).isEmpty)
    // Years appear in order.
    let positions = ["## 2008", "## 2019", "## 2020", "## 2023"].compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions == positions.sorted() && positions.count == 4)
  }

  @Test func markdownNamesTheFilters() {
    let outcome = CLIHarness.runValid(["list", "--format", "markdown", "--theme", "arms", "--from", "2019"])
    #expect(outcome.stdout.contains("2 events of 5, filtered by theme Arms trafficking, from 2019."))
    #expect(!outcome.stdout.contains("## 2008"))
  }

  @Test func emptyResultIsNotAnError() throws {
    let outcome = CLIHarness.runValid(["list", "--search", "no such words anywhere"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout == "0 of 5 events\n")
    let json = CLIHarness.runValid(["list", "--search", "no such words anywhere", "--format", "json"])
    #expect(try CLIHarness.ids(json).isEmpty)
  }

  @Test func noArgumentsWithoutATerminalListsTheTimeline() {
    let bare = CLIHarness.run(["--corpus", CLIHarness.corpus("valid")])
    let list = CLIHarness.runValid(["list"])
    #expect(bare.status == 0)
    #expect(bare.stdout == list.stdout)
    let fromEnvironment = CLIHarness.run([], environment: ["CRONICA_CORPUS": CLIHarness.corpus("valid")])
    #expect(fromEnvironment.stdout == list.stdout)
  }
}

@Suite("JSON text details")
struct JSONTextTests {
  @Test func emptyContainersAreCompact() {
    #expect(
      JSONText.compactEmptyContainers("{\n  \"a\" : [\n\n  ],\n  \"b\" : {\n\n  }\n}")
        == "{\n  \"a\" : [],\n  \"b\" : {}\n}")
    #expect(JSONText.compactEmptyContainers("[\n  1\n]") == "[\n  1\n]")
    #expect(JSONText.compactEmptyContainers("\"[ ]\"") == "\"[ ]\"")
  }

  @Test func unsafeScalarsBecomeEscapes() {
    #expect(JSONText.escapeUnsafe("\"a\u{85}b\u{202E}c\"\n") == "\"a\\u0085b\\u202ec\"\n")
  }

  @Test func emptyAuthorsPrintAsEmptyArray() throws {
    let outcome = CLIHarness.runValid(["read", "b-notes", "--format", "json"])
    #expect(outcome.stdout.contains("\"authors\" : [],"))
    #expect(try CLIHarness.json(outcome.stdout) is [String: Any])
  }
}

@Suite("JSON compaction respects strings")
struct JSONStringTests {
  @Test func bracketsInStringsStay() {
    #expect(
      JSONText.compactEmptyContainers("[\n  \"[\\n\\n  ]\",\n  \"q\\\"[ ]\"\n]")
        == "[\n  \"[\\n\\n  ]\",\n  \"q\\\"[ ]\"\n]")
    #expect(JSONText.compactEmptyContainers("{\n  \"k\" : [\n\n  ]\n}") == "{\n  \"k\" : []\n}")
  }
}
