import CronicaModel
import CronicaSystem
import CronicaUI
import Foundation

/// The search history on disk: `$XDG_STATE_HOME/cronica/search-history.json`, beside the marks.
///
/// One history for every corpus, as less and lnav keep theirs. The file is JSON
/// (`{"format_version": 1, "searches": [oldest … newest]}`); each new search is added to what
/// the file holds at that moment, under a lock (so two browsers' searches are merged, not
/// overwritten), and the file is replaced atomically. A file that cannot be read as a history is moved aside to `.bad`.
struct SearchHistoryStore: Sendable {
  let url: URL

  static let formatVersion = 1

  /// The store in the state folder, or nil when there is no usable home.
  init?(environment: [String: String]) {
    guard let folder = MarksStore.folder(environment: environment) else { return nil }
    url = folder.appendingPathComponent("search-history.json")
  }

  /// The store at a file (tests).
  init(url: URL) { self.url = url }

  /// The searches, oldest first, and a problem for the message line when the file was damaged.
  func load() -> (searches: [String], problem: String?) {
    guard FileStatus.at(url.path) != nil else { return ([], nil) }
    if let data = try? RegularFile.read(url.path), let searches = Self.decode(data) { return (searches, nil) }
    let bad = url.path + ".bad"
    if rename(url.path, bad) == 0 {
      return ([], "the search history was damaged; moved it to \(bad)")
    }
    return ([], "the search history \(url.path) is damaged and could not be moved aside")
  }

  /// The searches in a file's bytes, or nil when they are not a history.
  static func decode(_ data: Data) -> [String]? {
    try? JSONReader.read(History.self, from: data, file: "search history").searches
  }

  struct History: Codable {
    var formatVersion: Int?
    var searches: [String]
    enum CodingKeys: String, CodingKey {
      case formatVersion = "format_version"
      case searches
    }
  }

  /// Adds a search to the file as it is now; the problem for the message line, if any.
  func record(_ search: String) -> String? {
    do {
      try Folder.create(url.deletingLastPathComponent().path)
      // Read, add and write under the lock, as the marks are (`MarksStore.save`).
      let lock = try FileLock(exclusive: url.deletingLastPathComponent().appendingPathComponent(
        "." + url.lastPathComponent + ".lock").path)
      defer { lock.unlock() }
      let current = load()
      var history = PromptHistory(current.searches)
      history.add(search)
      let data = try CorpusExport.json(History(formatVersion: Self.formatVersion, searches: history.entries))
      try FileWriter.write(data, to: url.path)
      return current.problem
    } catch let error as SystemFailure {
      return "cannot save the search history: \(error.description)"
    } catch {
      return "cannot save the search history: \(error.localizedDescription)"
    }
  }
}
