import CronicaModel
import CronicaSystem
import CronicaUI
import Foundation

/// Performs the effects that touch the world (files, other programs) and says how they went.
///
/// The UI stays pure: it asks for `saveMarks`, `export` and `openURL`; this does the I/O and the
/// loop feeds the outcome back as a message.
struct EffectHost: Sendable {
  /// Where the corpus's marks live; nil when marks are not persisted (no identity or no home).
  var marks: MarksStore?
  /// Where the search history lives; nil when it is not persisted (no home).
  var searches: SearchHistoryStore?
  /// The environment (`HOME` for `~`, `$BROWSER`, `PATH`).
  var environment: [String: String]
  /// The folder relative export paths are resolved against.
  var currentDirectory: String
  /// The marks as this browser last loaded or saved them: what it changed since is what it saves.
  var marksBase: Set<String> = []
  /// The folder whose events.json curation changes; nil when the corpus is not curated here.
  var curationFolder: URL?

  init(options: TerminalOptions) {
    environment = options.environment
    marks = options.corpusIdentity.flatMap { MarksStore(identity: $0, environment: options.environment) }
    searches = options.corpusIdentity == nil ? nil : SearchHistoryStore(environment: options.environment)
    currentDirectory = FileManager.default.currentDirectoryPath
    curationFolder = options.curationFolder
  }

  /// The marks to start with, and a message when the file was damaged or marks cannot be kept.
  mutating func loadMarks() -> (marks: Set<String>, message: Message?) {
    guard let marks else { return ([], nil) }
    let loaded = marks.load()
    marksBase = loaded.marks
    return (loaded.marks, loaded.problem.map { Message(text: $0, isError: true) })
  }

  /// Saves this browser's marks merged with another browser's: the marks the file holds now
  /// (nil when nothing was saved) and a message only when something needs saying.
  mutating func saveMarks(_ ids: [String]) -> (marks: Set<String>?, message: Message?) {
    guard let marks else {
      return (nil, Message(text: "marks are kept for this session only (no corpus identity or home folder)", isError: false))
    }
    let saved = marks.save(ids, since: marksBase)
    if let merged = saved.marks { marksBase = merged }
    return (saved.marks, saved.problem.map { Message(text: $0, isError: true) })
  }

  /// The file an export path names: `~/` expanded, relative paths under the current directory.
  func resolve(_ path: String) -> URL {
    var expanded = path
    if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
      expanded = home + path.dropFirst()
    }
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
    return URL(fileURLWithPath: currentDirectory, isDirectory: true).appendingPathComponent(expanded)
  }

  /// The searches saved by earlier runs, and a message when the file was damaged.
  func loadSearches() -> (searches: [String], message: Message?) {
    guard let searches else { return ([], nil) }
    let loaded = searches.load()
    return (loaded.searches, loaded.problem.map { Message(text: $0, isError: true) })
  }

  /// Adds a search to the saved history; a message only when that failed.
  func recordSearch(_ search: String) -> Message? {
    searches?.record(search).map { Message(text: $0, isError: true) }
  }

  /// Writes the requested events atomically; the outcome for the message line, or the question
  /// whether to overwrite the file when it exists and the user has not agreed yet.
  func export(_ request: ExportRequest, of corpus: Corpus) -> Action {
    let url = resolve(request.path)
    if !request.overwrite, FileStatus.at(url.path) != nil { return .askOverwrite(request) }
    return .notify(write(request, of: corpus, to: url))
  }

  /// Writes the requested events atomically to a file; the outcome for the message line.
  private func write(_ request: ExportRequest, of corpus: Corpus, to url: URL) -> Message {
    let events = request.events.filter { corpus.events.indices.contains($0) }.map { corpus.events[$0] }
    do {
      try CorpusExport.write(corpus, events: events, format: request.format, to: url)
    } catch {
      return Message(text: "export failed: \(error.description)", isError: true)
    }
    let count = events.count
    return Message(
      text: "exported \(count) event\(count == 1 ? "" : "s") as \(request.format.rawValue) to \(url.path)",
      isError: false)
  }

  /// Opens a web address (the screen is paused around it by the caller); a message when it failed.
  func open(_ address: String) -> Message? {
    WebBrowserLauncher(environment: environment).open(address).map { Message(text: $0, isError: true) }
  }
}
