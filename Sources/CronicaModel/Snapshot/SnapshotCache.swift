import CronicaSystem
import Foundation

/// Where snapshots of large corpus folders are kept, and which corpora get one.
///
/// A corpus folder with at least `minimumEvents` events is saved after its first full load
/// (validated, indexed) and opened from the snapshot afterwards, until the program or any file
/// the corpus was made from changes (size, modification time or inode).
public struct SnapshotCache: Sendable {
  /// The folder holding the snapshots (made when the first one is saved).
  public var directory: URL
  /// The smallest corpus worth a snapshot (smaller ones load in milliseconds anyway).
  public var minimumEvents: Int
  /// Whether opening a snapshot also checks its content against its checksum (reading the whole
  /// file) before the corpus is returned; the browser turns this off and checks after its first
  /// frame instead (`EventList.contentIntact()`).
  public var verifiesContent = true

  /// The environment variable that turns snapshots off (`off`, `0` or `no`).
  public static let switchKey = "CRONICA_SNAPSHOTS"
  public static let defaultMinimumEvents = 50_000
  /// The environment variable that changes that size (a whole number of events).
  public static let minimumKey = "CRONICA_SNAPSHOT_MIN_EVENTS"

  public init(directory: URL, minimumEvents: Int = SnapshotCache.defaultMinimumEvents) {
    self.directory = directory
    self.minimumEvents = minimumEvents
  }

  /// The cache of an environment: `$XDG_CACHE_HOME/cronica/snapshots` (else `~/.cache/…`); nil
  /// when `CRONICA_SNAPSHOTS` is `off`, `0`, `no` or `false`, or when there is no home to put it
  /// in. `CRONICA_SNAPSHOT_MIN_EVENTS` sets the smallest corpus that gets one.
  public static func standard(environment: [String: String]) -> SnapshotCache? {
    if let value = environment[switchKey]?.lowercased(), ["off", "0", "no", "false"].contains(value) { return nil }
    let base: URL
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      base = URL(fileURLWithPath: cache, isDirectory: true)
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache")
    } else {
      return nil
    }
    let minimum = environment[minimumKey].flatMap { Int($0) }.map { max(0, $0) } ?? defaultMinimumEvents
    return SnapshotCache(
      directory: base.appendingPathComponent("cronica").appendingPathComponent("snapshots"), minimumEvents: minimum)
  }

  /// The snapshot file of a corpus folder (named by a hash of its resolved path).
  func url(for folder: URL) -> URL? {
    guard let real = Folder.resolved(folder.path) else { return nil }
    return directory.appendingPathComponent(real.fnv1aHex + ".snapshot")
  }

  /// The corpus of `folder` from its snapshot, when there is one and it is current.
  public func corpus(for folder: URL) -> Corpus? {
    guard let url = url(for: folder), let corpus = CorpusSnapshot.open(url, folder: folder) else { return nil }
    if verifiesContent, !corpus.events.contentIntact() { return nil }
    return corpus
  }

  /// What saving a freshly loaded corpus needs, or nil when it does not get a snapshot.
  ///
  /// Called right after the load. A file modified after `loadStarted` (or within a second before
  /// it, as file times can lag the clock) may have changed while it was being read, so that its
  /// stamp would not describe what was read: then no snapshot is made this time (the next run
  /// makes one), as git treats "racily clean" files.
  func request(for corpus: Corpus, folder: URL, loadStarted: Int) -> SnapshotRequest? {
    guard corpus.events.count >= minimumEvents, corpus.title == nil, corpus.eras.isEmpty,
      let url = url(for: folder),
      let key = SnapshotKey.current(folder: folder, files: CorpusSnapshot.sourceFiles(of: corpus)),
      key.newestModification < loadStarted - 1
    else { return nil }
    return SnapshotRequest(url: url, key: key)
  }

  /// The current time in whole seconds, as file modification times count it.
  static func now() -> Int { Int(Date().timeIntervalSince1970) }
}

/// A snapshot to write once the corpus's index is built: where, and the key of the files read.
public struct SnapshotRequest: Sendable {
  let url: URL
  /// The stamps of the program and of the files the corpus was loaded from.
  let key: SnapshotKey

  /// Writes the snapshot of `corpus` (the corpus this request was made for) with its index.
  public func save(_ corpus: Corpus, index: EventIndex) throws(CorpusSnapshot.WriteFailure) {
    let folder = url.deletingLastPathComponent()
    do {
      try Folder.create(folder.path)
    } catch {
      throw CorpusSnapshot.WriteFailure(description: "cannot create \(folder.path)")
    }
    try CorpusSnapshot.write(corpus, index: index, key: key, to: url)
  }
}
