import ArgumentParser
import CronicaModel
import CronicaSystem
import CronicaUI
import Foundation

/// `cronica init DIR`: writes a small, valid example corpus to start from.
public struct Init: CronicaSubcommand {
  public static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a small example corpus (two articles, three events, the default themes) to a folder.",
    discussion: """
      The folder is created when needed. Existing files are never overwritten: if any of the \
      example's files exists, nothing is written and the exit status is 73.
      """)

  /// Not used: `init` writes a corpus rather than loading one.
  public var corpusOptions: CorpusOptions { CorpusOptions() }

  @Argument(help: ArgumentHelp("The folder to create the example corpus in.", valueName: "dir"))
  public var folder: String

  public init() {}

  /// Rejects an empty folder name.
  public func validate() throws {
    if folder.isEmpty { throw ValidationError("DIR must not be empty") }
  }

  /// Writes the example and lists what was written, with the commands to try next.
  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let url = URL(fileURLWithPath: folder, isDirectory: true)
    let shown = DisplayText.sanitizedLine(folder)
    if let kind = FileStatus.at(url.path)?.kind, kind != .folder {
      throw CommandFailure("cannot create the example in \(shown): it is a file", status: Export.cannotCreateStatus)
    }
    let before = Self.files(in: url)
    do {
      try Corpus.writeExample(to: url)
    } catch {
      let lines = error.problems.map { DisplayText.sanitizedLine($0.description) }
      throw CommandFailure(
        (["nothing written to \(shown); it would overwrite:"] + lines).joined(separator: "\n"),
        status: Export.cannotCreateStatus)
    }
    let written = Self.files(in: url).filter { !before.contains($0) }
    var lines = ["wrote an example corpus to \(shown):"]
    lines += written.map { "  " + DisplayText.sanitizedLine($0) }
    let quoted = Self.shellQuoted(folder)
    lines += [
      "next:",
      "  cronica validate \(quoted)",
      "  cronica list --corpus \(quoted)",
      "  cronica browse \(quoted)",
    ]
    return CommandOutput(lines.joined(separator: "\n") + "\n")
  }

  /// The files under a folder, relative to it, sorted (empty when it does not exist).
  static func files(in folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var result: [String] = []
    while let path = enumerator.nextObject() as? String {
      if let kind = FileStatus.at(folder.appendingPathComponent(path).path)?.kind, kind != .folder { result.append(path) }
    }
    return result.sorted()
  }

  /// A path as a shell word: bare when it is plainly safe, else in single quotes.
  static func shellQuoted(_ path: String) -> String {
    let safe = path.unicodeScalars.allSatisfy {
      ($0.value < 0x80 && (CharacterSet.alphanumerics.contains($0) || "/._-+=:,@%".unicodeScalars.contains($0)))
    }
    if safe, !path.isEmpty { return path }
    return "'" + DisplayText.sanitizedLine(path).replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
