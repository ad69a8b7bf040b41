import CronicaModel
import CronicaResources
import CronicaUI
import Foundation
import Testing

@testable import CronicaCLI

@Suite("The CLI on the bundled corpus")
struct BundledCorpusTests {
  func corpus() throws -> Corpus {
    try Corpus.load(from: try #require(CronicaResources.corpusURL))
  }

  @Test func validatePasses() {
    let outcome = CLIHarness.run(["validate"])
    #expect(outcome.status == 0, "\(outcome.stdout)")
    #expect(outcome.stdout.hasPrefix("ok: "))
  }

  @Test func everyFormatCoversEveryEvent() throws {
    let corpus = try corpus()
    let json = CLIHarness.run(["list", "--format", "json"])
    #expect(try CLIHarness.ids(json) == corpus.events.map(\.id))
    let csv = try CSVReader.parse(CLIHarness.run(["list", "--format", "csv"]).stdout)
    #expect(csv.dropFirst().map { $0[0] } == corpus.events.map(\.id))
    let markdown = CLIHarness.run(["list", "--format", "markdown"]).stdout
    let attributions = markdown.split(separator: "\n").filter { $0.hasPrefix("> — *") }
    #expect(attributions.count == corpus.events.reduce(0) { $0 + $1.citations.count })
    let text = CLIHarness.run(["list"]).stdout
    #expect(text.hasSuffix("\(corpus.events.count) events\n"))
    for output in [json.stdout, markdown, text] { #expect(CLIHarness.unsafeScalars(in: output).isEmpty) }
  }

  @Test func textFitsAnEightyColumnTerminal() throws {
    let corpus = try corpus()
    var outputs = [["list"], ["themes"], ["sources"]].map { CLIHarness.run($0, terminal: true, width: 80).stdout }
    outputs += corpus.events.prefix(10).map { CLIHarness.run(["show", $0.id], terminal: true, width: 80).stdout }
    outputs += corpus.articles.map { CLIHarness.run(["read", $0.id], terminal: true, width: 80).stdout }
    for output in outputs {
      #expect(!output.isEmpty)
      for line in output.split(separator: "\n") { #expect(DisplayText.width(of: String(line)) <= 80, "\(line)") }
    }
  }

  @Test func searchFindsMeridaWithoutTheAccent() throws {
    let ids = try CLIHarness.ids(CLIHarness.run(["list", "--search", "merida", "--format", "json"]))
    let corpus = try corpus()
    let expected = corpus.events.filter { event in
      ([event.title, event.summary] + event.citations.map(\.quote)).contains {
        $0.contains("Mérida") || $0.contains("Merida")
      }
    }.map(\.id)
    #expect(!ids.isEmpty)
    #expect(ids == expected)
  }

  @Test func unknownEventSuggestsClosestIds() throws {
    let corpus = try corpus()
    let outcome = CLIHarness.run(["show", "merida"])
    #expect(outcome.status == 64)
    try #require(corpus.events.count > Suggestions.fullListLimit)
    #expect(outcome.stderr.contains("closest: merida-"))
    #expect(outcome.stderr.contains("(\(corpus.events.count) in all; see `cronica list`)"))
    #expect(outcome.stderr.split(separator: "\n").count == 1)
  }
}
