import ArgumentParser
import CronicaModel
import CronicaResources
import CronicaUI
import Foundation

/// The `--corpus DIR` option shared by every command (also `CRONICA_CORPUS`).
public struct CorpusOptions: ParsableArguments, Sendable {
  /// The environment variable naming a corpus folder when `--corpus` is not given.
  public static let environmentKey = "CRONICA_CORPUS"

  /// A corpus folder to load instead of the bundled one.
  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "Load this corpus folder instead of the bundled one (default: $CRONICA_CORPUS).", valueName: "dir"))
  public var corpus: String?

  /// Creates the command with default values; ArgumentParser fills in the parsed ones.
  public init() {}

  /// Creates options naming a folder (nil for the default).
  public init(corpus: String?) {
    self.corpus = corpus
  }

  /// The folder to load: `explicit`, else `--corpus`, else `CRONICA_CORPUS`, else the bundled corpus.
  public func folder(explicit: String? = nil, in context: CommandContext) throws(CommandFailure) -> URL {
    let chosen = explicit ?? corpus ?? context.environment[Self.environmentKey].flatMap { $0.isEmpty ? nil : $0 }
    guard let path = chosen else {
      guard let url = CronicaResources.corpusURL else {
        throw CommandFailure("the bundled corpus is missing; reinstall Cronica or pass --corpus DIR", status: 66)
      }
      return url
    }
    let shown = DisplayText.sanitizedLine(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .usage("corpus folder '\(shown)' does not exist")
    }
    guard isDirectory.boolValue else {
      throw .usage(
        "corpus '\(shown)' is a file; expected a folder with manifest.json, events.json, themes.json and articles/")
    }
    return URL(fileURLWithPath: path, isDirectory: true)
  }

  /// Loads the chosen corpus; a corpus with problems fails with every problem located (exit 65).
  public func load(explicit: String? = nil, in context: CommandContext) throws(CommandFailure) -> Corpus {
    let url = try folder(explicit: explicit, in: context)
    do {
      return try Corpus.load(from: url)
    } catch {
      throw .data(Self.describe(error, at: url))
    }
  }

  /// The located problems of a corpus that failed to load, one sanitized line each.
  static func describe(_ error: CorpusError, at url: URL) -> String {
    let count = error.problems.count
    var lines = [
      "cannot load the corpus at \(DisplayText.sanitizedLine(url.path)) (\(count) problem\(count == 1 ? "" : "s")):"
    ]
    lines += error.problems.map { DisplayText.sanitizedLine($0.description) }
    return lines.joined(separator: "\n")
  }
}
