import ArgumentParser
import CronicaModel
import Testing

@testable import CronicaCLI

@Suite("Parsing export, init, extract and corpus paths")
struct WireParseTests {
  @Test func browseTakesAPath() throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["browse", "t.json"]) as? Browse)
    #expect(command.path == "t.json")
    #expect(command.chosenPath == "t.json")
  }

  @Test func browsePathAndCorpusConflict() {
    #expect(throws: (any Error).self) { try CronicaCommand.parseAsRoot(["browse", "a.json", "--corpus", "b"]) }
  }

  @Test func listTakesTimelineJS() throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["list", "--timelinejs", "t.json"]) as? List)
    #expect(command.timelinejs == "t.json")
    #expect(throws: (any Error).self) {
      try CronicaCommand.parseAsRoot(["list", "--timelinejs", "t.json", "--corpus", "c"])
    }
  }

  @Test func exportSharesTheListFilters() throws {
    let command = try #require(
      try CronicaCommand.parseAsRoot([
        "export", "--theme", "arms", "--from", "2019", "--to", "2020", "--search", "x", "--kind", "meeting",
        "--format", "timelinejs-csv", "-o", "out.csv", "--corpus", "/c",
      ]) as? Export)
    #expect(command.filters.themes == ["arms"])
    #expect(command.filters.from == "2019" && command.filters.to == "2020")
    #expect(command.filters.search == "x" && command.filters.kinds == ["meeting"])
    #expect(command.format == .timelinejsCSV)
    #expect(command.output == "out.csv")
    #expect(command.corpusOptions.corpus == "/c")
    let long = try #require(try CronicaCommand.parseAsRoot(["export", "--output", "f.md"]) as? Export)
    #expect(long.output == "f.md" && long.format == .json)
  }

  @Test(arguments: ExportFormat.allCases)
  func exportFormats(format: ExportFormat) throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["export", "--format", format.rawValue]) as? Export)
    #expect(command.format == format)
  }

  @Test func exportRejectsBadInput() {
    for arguments in [
      ["export", "--format", "xml"], ["export", "--from", "2020", "--to", "2019"], ["export", "--from", "2020-13"],
      ["export", "-o", ""],
    ] {
      let outcome = CLIHarness.run(arguments)
      #expect(outcome.status == 64, "\(arguments)")
      #expect(outcome.stdout.isEmpty)
    }
  }

  @Test func initTakesAFolder() throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["init", "my-corpus"]) as? Init)
    #expect(command.folder == "my-corpus")
    #expect(CLIHarness.run(["init"]).status == 64)
  }

  @Test func extractTakesEveryOption() throws {
    let command = try #require(
      try CronicaCommand.parseAsRoot([
        "extract", "a-report", "--published", "2019-05-24", "--mode", "narrative", "--format", "json", "--write",
      ]) as? Extract)
    #expect(command.target == "a-report")
    #expect(command.published == "2019-05-24")
    #expect(command.mode == .narrative)
    #expect(command.format == .json)
    #expect(command.write)
    let bare = try #require(try CronicaCommand.parseAsRoot(["extract", "x.txt"]) as? Extract)
    #expect(bare.mode == .news && bare.format == .text && !bare.write && bare.published == nil)
  }

  @Test func extractRejectsBadOptions() {
    for arguments in [["extract"], ["extract", "a", "--mode", "poem"], ["extract", "a", "--published", "May 2019"]] {
      let outcome = CLIHarness.run(arguments)
      #expect(outcome.status == 64, "\(arguments)")
      #expect(outcome.stdout.isEmpty)
    }
    #expect(CLIHarness.run(["extract", "a", "--published", "2019-02-30"]).stderr.contains("--published"))
  }
}

@Suite("Shell completion scripts")
struct CompletionScriptTests {
  @Test(arguments: ["bash", "zsh", "fish"])
  func everyShellGetsEveryCommand(shell: String) {
    let outcome = CLIHarness.run(["--generate-completion-script", shell])
    #expect(outcome.status == 0)
    #expect(outcome.stderr.isEmpty)
    for word in ["export", "extract", "init", "validate", "timelinejs", "timelinejs-csv", "narrative"] {
      #expect(outcome.stdout.contains(word), "\(shell) script lacks \(word)")
    }
  }

  @Test func unknownShellIsAUsageError() {
    #expect(CLIHarness.run(["--generate-completion-script", "tcsh"]).status == 64)
  }
}
