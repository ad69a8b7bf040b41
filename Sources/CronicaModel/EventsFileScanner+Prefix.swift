import CronicaSystem
import Foundation

/// The first events of a large `events.json`, read from its first bytes alone, for a preview
/// shown while the whole file loads (`Corpus.preview(of:events:)`).
extension EventsFileScanner {
  /// The first `count` events of `prefix` (the first bytes of an events file), or nil when the
  /// prefix holds fewer whole events, ends the array (the whole file is small: load it), or
  /// starts in any shape the scanner does not read (the full load reports what is wrong).
  static func leadingEvents(in prefix: Data, count: Int) -> [Event]? {
    reading(prefix) { try? $0.leadingEvents(count) }
  }

  /// `{ "format_version": N, "events": [` then `count` events: the version must come first.
  private mutating func leadingEvents(_ count: Int) throws(GiveUp) -> [Event] {
    try expect(0x7B)  // {
    skipSpace()
    guard try keyName() == .formatVersion else { throw GiveUp() }
    try expect(0x3A)  // :
    guard try integerValue() == CorpusFiles.readableVersion else { throw GiveUp() }
    try expect(0x2C)  // ,
    skipSpace()
    guard try keyName() == .events else { throw GiveUp() }
    try expect(0x3A)
    try expect(0x5B)  // [
    var events: [Event] = []
    events.reserveCapacity(count)
    while events.count < count {
      skipSpace()
      events.append(try event())
      try expect(0x2C)  // a `]` here ends the array: the file is small
    }
    return events
  }
}

extension Corpus {
  /// How many bytes of `events.json` a preview reads at most.
  public static let previewBytes = 1 << 20

  /// A preview of a corpus folder: its themes and the first `count` events of its `events.json`
  /// (in the file's order, which must be chronological), with no articles and nothing validated.
  /// Nil when the file is small enough to load at once, when its first events are not in
  /// chronological order, or when anything in what it reads fails: then the caller loads the
  /// folder as usual, which reports the problems.
  public static func preview(of folder: URL, events count: Int) -> Corpus? {
    let path = folder.appendingPathComponent(CorpusFiles.events).path
    // A file that fits the prefix loads whole at once (the bundled corpus: ~20 ms, one frame).
    guard let size = FileStatus.at(path)?.size, size > previewBytes,
      let prefix = try? RegularFile.readPrefix(path, count: previewBytes),
      let events = EventsFileScanner.leadingEvents(in: prefix, count: count),
      let themesData = try? readData(at: folder.appendingPathComponent(CorpusFiles.themes)),
      let themes = EventsFileScanner.themesFile(in: themesData)?.themes
    else { return nil }
    for position in events.indices.dropFirst() where chronologicalOrder(events[position], events[position - 1]) {
      return nil
    }
    return Corpus(articles: [], events: events, themes: themes)
  }
}
