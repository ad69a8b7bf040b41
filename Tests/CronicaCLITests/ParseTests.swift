import ArgumentParser
import Testing

@testable import CronicaCLI

@Suite("Parsing the command line")
struct ParseTests {
  @Test func noArgumentsIsBrowse() throws {
    let command = try CronicaCommand.parseAsRoot([])
    #expect(command is Browse)
  }

  @Test func browseTakesCorpus() throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["browse", "--corpus", "/tmp/x"]) as? Browse)
    #expect(command.corpusOptions.corpus == "/tmp/x")
  }

  @Test func corpusWithoutSubcommandGoesToBrowse() throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["--corpus", "/tmp/x"]) as? Browse)
    #expect(command.corpusOptions.corpus == "/tmp/x")
  }

  @Test func listParsesEveryOption() throws {
    let command = try #require(
      try CronicaCommand.parseAsRoot([
        "list", "--theme", "arms", "--theme", "cash", "--from", "2019", "--to", "2020-06-30",
        "--search", "Mérida", "--kind", "meeting", "--kind", "report", "--format", "csv", "--corpus", "/c",
      ]) as? List)
    #expect(command.filters.themes == ["arms", "cash"])
    #expect(command.filters.from == "2019")
    #expect(command.filters.to == "2020-06-30")
    #expect(command.filters.search == "Mérida")
    #expect(command.filters.kinds == ["meeting", "report"])
    #expect(command.format == .csv)
    #expect(command.corpusOptions.corpus == "/c")
  }

  @Test func listDefaults() throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["list"]) as? List)
    #expect(command.filters.themes.isEmpty && command.filters.kinds.isEmpty)
    #expect(command.filters.from == nil && command.filters.to == nil && command.filters.search == nil)
    #expect(command.format == .text)
    #expect(command.corpusOptions.corpus == nil)
  }

  @Test(arguments: ["text", "json", "csv", "markdown"])
  func listFormats(name: String) throws {
    let command = try #require(try CronicaCommand.parseAsRoot(["list", "--format", name]) as? List)
    #expect(command.format.rawValue == name)
  }

  @Test func showReadAndValidateTakeTheirArguments() throws {
    let show = try #require(try CronicaCommand.parseAsRoot(["show", "merida-2008", "--format", "json"]) as? Show)
    #expect(show.eventID == "merida-2008" && show.format == .json)
    let read = try #require(try CronicaCommand.parseAsRoot(["read", "a-report"]) as? Read)
    #expect(read.articleID == "a-report" && read.format == .text)
    let validate = try #require(try CronicaCommand.parseAsRoot(["validate", "/some/dir"]) as? Validate)
    #expect(validate.path == "/some/dir")
    let bare = try #require(try CronicaCommand.parseAsRoot(["validate"]) as? Validate)
    #expect(bare.path == nil)
  }

  @Test func sourcesAndThemesTakeFormatAndCorpus() throws {
    let sources = try #require(
      try CronicaCommand.parseAsRoot(["sources", "--format", "json", "--corpus", "d"]) as? Sources)
    #expect(sources.format == .json && sources.corpusOptions.corpus == "d")
    let themes = try #require(try CronicaCommand.parseAsRoot(["themes", "--corpus", "e"]) as? Themes)
    #expect(themes.format == .text && themes.corpusOptions.corpus == "e")
  }

  @Test func badDateIsAUsageErrorNamingTheValue() {
    #expect {
      _ = try CronicaCommand.parseAsRoot(["list", "--from", "2019-13"])
    } throws: { error in
      let message = CronicaCommand.message(for: error)
      return CronicaCommand.exitCode(for: error).rawValue == 64 && message.contains("'2019-13'")
        && message.contains("--from") && message.contains("YYYY-MM-DD")
    }
    #expect {
      _ = try CronicaCommand.parseAsRoot(["list", "--to", "19"])
    } throws: { error in
      CronicaCommand.exitCode(for: error).rawValue == 64 && CronicaCommand.message(for: error).contains("'19'")
    }
  }

  @Test func windowBackwardsIsAUsageError() {
    #expect {
      _ = try CronicaCommand.parseAsRoot(["list", "--from", "2021", "--to", "2020-12"])
    } throws: { error in
      CronicaCommand.exitCode(for: error).rawValue == 64
        && CronicaCommand.message(for: error).contains("--from 2021 is after --to 2020-12")
    }
  }

  @Test func sameYearWindowIsAccepted() throws {
    _ = try CronicaCommand.parseAsRoot(["list", "--from", "2020-06", "--to", "2020"])
  }

  @Test func badFormatNamesTheChoices() {
    #expect {
      _ = try CronicaCommand.parseAsRoot(["list", "--format", "xml"])
    } throws: { error in
      let message = CronicaCommand.message(for: error)
      return CronicaCommand.exitCode(for: error).rawValue == 64 && message.contains("xml")
        && message.contains("markdown")
    }
    #expect {
      _ = try CronicaCommand.parseAsRoot(["show", "x", "--format", "csv"])
    } throws: { error in
      CronicaCommand.exitCode(for: error).rawValue == 64 && CronicaCommand.message(for: error).contains("csv")
    }
  }

  @Test func missingEventIDIsAUsageError() {
    #expect {
      _ = try CronicaCommand.parseAsRoot(["show"])
    } throws: { error in
      CronicaCommand.exitCode(for: error).rawValue == 64 && CronicaCommand.message(for: error).contains("event-id")
    }
  }

  @Test func unknownSubcommandOrOptionIsAUsageError() {
    #expect {
      _ = try CronicaCommand.parseAsRoot(["list", "--colour"])
    } throws: { error in
      CronicaCommand.exitCode(for: error).rawValue == 64 && CronicaCommand.message(for: error).contains("--colour")
    }
  }

  @Test func versionIsPrinted() {
    #expect {
      _ = try CronicaCommand.parseAsRoot(["--version"])
    } throws: { error in
      CronicaCommand.exitCode(for: error).rawValue == 0 && CronicaCommand.message(for: error) == CronicaCommand.version
    }
    let outcome = CLIHarness.run(["--version"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout == CronicaCommand.version + "\n")
  }

  @Test func helpListsEverySubcommand() {
    let outcome = CLIHarness.run(["--help"])
    #expect(outcome.status == 0)
    for name in ["browse", "list", "show", "sources", "read", "themes", "validate"] {
      #expect(outcome.stdout.contains(name), "help lacks \(name)")
    }
  }
}

@Suite("Help requests")
struct HelpRequestTests {
  @Test func subcommandHelpIsTheSubcommandsHelp() {
    for arguments in [["list", "--help"], ["help", "list"], ["list", "-h"]] {
      let outcome = CLIHarness.run(arguments, width: 100)
      #expect(outcome.status == 0)
      #expect(outcome.stdout.contains("USAGE: cronica list"), "\(arguments)")
      #expect(outcome.stdout.contains("--theme <theme>"))
    }
  }
}

@Suite("Subcommand names")
struct SubcommandNameTests {
  /// A subcommand without a `commandName` is named by ArgumentParser from `String(describing:)`
  /// of its type: runtime reflection that scanned the conformance tables at every start. Each
  /// name is therefore written out, except the default subcommand's: `--experimental-dump-help`
  /// prints an explicit one as `defaultSubcommand`, an output that must not change.
  @Test func everySubcommandButTheDefaultNamesItself() {
    let defaultSubcommand = CronicaCommand.configuration.defaultSubcommand.map(ObjectIdentifier.init)
    #expect(defaultSubcommand == ObjectIdentifier(Browse.self))
    for subcommand in CronicaCommand.configuration.subcommands {
      let named = subcommand.configuration.commandName
      if ObjectIdentifier(subcommand) == defaultSubcommand {
        #expect(named == nil)
      } else {
        #expect(named == Self.hyphenated(String(describing: subcommand)))
      }
    }
    #expect(CronicaCommand.commandNames.joined(separator: " ")
      == "browse list show sources read themes validate export extract build init")
  }

  /// The name ArgumentParser derives from a type's name, by its rule
  /// (`convertedToSnakeCase(separator: "-")`, internal to it): lowercase, a hyphen where a word
  /// starts (`ListThemes` → `list-themes`, `URLList` → `url-list`).
  static func hyphenated(_ name: String) -> String {
    let characters = Array(name)
    var result = ""
    var separateOnUppercase = true
    for (index, character) in characters.enumerated() {
      if character.isUppercase {
        if separateOnUppercase, !result.isEmpty { result.append("-") }
        separateOnUppercase =
          index + 2 < characters.count && characters[index + 1].isUppercase && characters[index + 2].isLowercase
      } else {
        separateOnUppercase = character != "-"
      }
      result.append(contentsOf: character.lowercased())
    }
    return result
  }

  @Test func hyphenatingFollowsArgumentParser() {
    #expect(Self.hyphenated("List") == "list")
    #expect(Self.hyphenated("ListThemes") == "list-themes")
    #expect(Self.hyphenated("URLList") == "url-list")
  }
}
