import ArgumentParser
import CronicaModel
import CronicaResources
import CronicaTerminal
import CronicaUI
import Foundation

/// The `cronica` command: browse and script the chronology. (Bootstrap: the CLI work extends it.)
public struct CronicaCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "cronica", abstract: "A terminal timeline browser.",
    subcommands: [Browse.self], defaultSubcommand: Browse.self)
  public init() {}
}

/// `cronica browse`: the full-screen browser.
public struct Browse: ParsableCommand {
  public static let configuration = CommandConfiguration(abstract: "Open the full-screen timeline browser.")
  public init() {}
  public func run() throws {
    guard let url = CronicaResources.corpusURL else { throw ExitCode(66) }
    let corpus = try Corpus.load(from: url)
    let options = TerminalOptions(idleFile: ProcessInfo.processInfo.environment["CRONICA_IDLE_FILE"])
    try TerminalApp.run(browser: Browser(corpus: corpus, size: Size(width: 80, height: 24)), options: options)
  }
}
