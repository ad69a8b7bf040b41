import ArgumentParser

/// The `cronica` command: browse and script the chronology. (Bootstrap: replaced by the CLI work.)
public struct CronicaCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(commandName: "cronica", abstract: "A terminal timeline browser.")
  public init() {}
  public func run() throws {}
}
