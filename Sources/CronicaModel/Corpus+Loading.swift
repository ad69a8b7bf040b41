import CronicaSystem
import Foundation

extension Corpus {
  /// Loads and validates a corpus folder (`manifest.json`, `events.json`, `themes.json`, `articles/`).
  ///
  /// Every problem is collected; if there is any, the load fails with all of them and nothing
  /// is returned. After the articles are read, `progress` is told each run of bytes of
  /// `events.json` read, stored and checked (half a percent or more, from the loading threads)
  /// and the file's size; the runs add up to the size once it is all read, before the store is
  /// put together.
  public static func load(from folder: URL, progress: Progress? = nil) throws(CorpusError) -> Corpus {
    var problems: [CorpusProblem] = []
    let manifest = decode(
      CorpusFiles.Manifest.self, file: CorpusFiles.manifest, in: folder, problems: &problems,
      fast: EventsFileScanner.manifest(in:))
    let themesFile = decode(
      CorpusFiles.ThemesFile.self, file: CorpusFiles.themes, in: folder, problems: &problems,
      fast: EventsFileScanner.themesFile(in:))
    // The articles are read first (the store points into their texts), their problems listed after the events'.
    var articleProblems: [CorpusProblem] = []
    let articles = readArticles(manifest?.articles ?? [], in: folder, problems: &articleProblems)
    let themes = themesFile?.themes ?? []
    var loaded: (events: EventList, problems: [CorpusProblem])?
    if let data = fileData(CorpusFiles.events, in: folder, problems: &problems) {
      loaded = loadEvents(from: data, articles: articles, themes: themes, problems: &problems, progress: progress)
    }
    problems += articleProblems
    let corpus = Corpus(articles: articles, orderedEvents: loaded?.events ?? EventList(), themes: themes)
    if manifest != nil, let loaded, themesFile != nil {
      problems += locatingDates(Corpus.taxonomyProblems(articles: corpus.articles, themes: corpus.themes) + loaded.problems, in: folder)
    }
    guard problems.isEmpty else { throw CorpusError(problems) }
    return corpus
  }

  /// A corpus folder from its current snapshot in `snapshots`; nil when it has none.
  public static func openSnapshot(of folder: URL, in snapshots: SnapshotCache?) -> OpenedCorpus? {
    guard let corpus = snapshots?.corpus(for: folder) else { return nil }
    var opened = OpenedCorpus(corpus: corpus, source: .bundledLayout)
    opened.fromSnapshot = true
    return opened
  }

  /// A corpus folder loaded from its files (see `load`), with where to save its snapshot when
  /// it gets one in `snapshots`.
  public static func openFiles(
    of folder: URL, snapshots: SnapshotCache?, progress: Progress? = nil
  ) throws(CorpusError) -> OpenedCorpus {
    let started = SnapshotCache.now()
    var opened = OpenedCorpus(corpus: try load(from: folder, progress: progress), source: .bundledLayout)
    opened.snapshotRequest = snapshots?.request(for: opened.corpus, folder: folder, loadStarted: started)
    return opened
  }

  /// Reads `events.json`'s bytes into the store, checking each event as it is read (the problems
  /// `validate` would report of them, in its order); nil when the file cannot be read.
  ///
  /// On the scanner's fast path every core stores and checks the events of its piece of the file
  /// as it reads them, and no event outlives its turn; else (a file with errors) `JSONReader`'s
  /// events are stored and validated.
  static func loadEvents(
    from data: consuming Data, articles: [Article], themes: [Theme], problems: inout [CorpusProblem],
    progress: Progress? = nil
  ) -> (events: EventList, problems: [CorpusProblem])? {
    let layout = StoreLayout(articles: articles, themes: themes)
    let check = EventCheck(articles: articles, themes: themes)
    let size = data.count
    let told = progress.map { progress in { @Sendable bytes in progress(bytes, size) } }
    let read = EventsFileScanner.eventsFile(in: data) {
      LoadPiece(layout.context, check, bytes: $0, progress: told, step: size / 200)
    }
    guard var pieces = read?.pieces else {
      guard let entries = JSONReader.decode(CorpusFiles.EventEntries.self, from: data, file: CorpusFiles.events, problems: &problems)
      else { return nil }
      let corpus = Corpus(articles: articles, events: entries.events, themes: themes)
      return (corpus.events, corpus.eventProblems(fileEvents: entries.events, fileIndices: entries.fileIndices))
    }
    told?(max(0, size - pieces.reduce(0) { $0 + $1.counted - $1.start }))
    data = Data()  // the file's bytes are freed before the store is put together
    let ids = Array(pieces.map(\.ids).joined())
    let order = chronologicalPositions(Array(pieces.map(\.keys).joined())) { ids[$0] }
    // The pieces' problems with their events' positions in the file, and the duplicate ids
    // (known only now) in their places: after an empty id's problem, before the event's others.
    let duplicates = zip(ids.indices, repeatedIDs(ids)).filter { $0.1 }.map { $0.0 }
    var found: [CorpusProblem] = []
    var next = 0
    func addDuplicates(until position: Int, field: String) {
      while next < duplicates.count, duplicates[next] < position || (duplicates[next] == position && field != ".id") {
        found.append(
          CorpusProblem(
            file: CorpusFiles.events, location: "events[\(duplicates[next])].id",
            message: EventCheck.duplicateMessage(ids[duplicates[next]])))
        next += 1
      }
    }
    var first = 0
    for piece in pieces {
      for problem in piece.problems {
        let position = first + problem.event
        addDuplicates(until: position, field: problem.field)
        found.append(
          CorpusProblem(file: CorpusFiles.events, location: "events[\(position)]" + problem.field, message: problem.message))
      }
      first += piece.ids.count
    }
    addDuplicates(until: ids.count, field: "")
    let stores = pieces.map(\.store)
    pieces = []  // the runs' bytes are freed once the store holds them all
    return (EventList(pieces: stores, order: order, layout: layout), found)
  }

  /// Gives date problems (an end before its start, a start with no earliest day) the line,
  /// column and event id of the date in `events.json`, as a malformed date has from the decoder.
  static func locatingDates(_ problems: [CorpusProblem], in folder: URL) -> [CorpusProblem] {
    let dates = problems.indices.filter { position in
      let location = problems[position].location ?? ""
      return problems[position].file == CorpusFiles.events && (location.hasSuffix(".start") || location.hasSuffix(".end"))
    }
    guard !dates.isEmpty, let data = try? readData(at: folder.appendingPathComponent(CorpusFiles.events)) else {
      return problems
    }
    var result = problems
    let located = relocate(dates.map { problems[$0] }, articleFiles: [], eventsData: data)
    for (position, problem) in zip(dates, located) { result[position] = problem }
    return result
  }

  /// Reads and cleans the manifest's articles (on all cores when there are many), in manifest
  /// order; an article that cannot be read becomes a problem located at its manifest entry.
  static func readArticles(
    _ entries: [CorpusFiles.ArticleEntry], in folder: URL, problems: inout [CorpusProblem]
  ) -> [Article] {
    let ranges = Parallel.ranges(of: entries.count, minimum: 64)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      var buffer = Data()
      return ranges[piece].map { index -> (article: Article?, problem: CorpusProblem?) in
        let entry = entries[index]
        let relative = CorpusFiles.articlesFolder + "/" + entry.origin
        let url = folder.appendingPathComponent(CorpusFiles.articlesFolder).appendingPathComponent(entry.origin)
        let raw: String
        do throws(ReadFailure) {
          raw = try readText(atPath: url.path, buffer: &buffer)
        } catch {
          let problem = CorpusProblem(
            file: CorpusFiles.manifest, location: "articles[\(index)].origin",
            message: "cannot read \(relative): \(error.message)")
          return (nil, problem)
        }
        let cleaned = ArticleCleaner.clean(raw)
        return (
          Article(
            id: entry.id, title: entry.title, titleSupplied: entry.titleSupplied ?? false,
            outlet: entry.outlet, authors: entry.authors, published: entry.published,
            publishedDisplay: entry.publishedDisplay, dateBasis: entry.dateBasis, origin: entry.origin,
            authorNotes: cleaned.authorNotes, text: cleaned.text), nil)
      }
    }
    var articles: [Article] = []
    for outcome in pieces.joined() {
      if let article = outcome.article { articles.append(article) }
      if let problem = outcome.problem { problems.append(problem) }
    }
    return articles
  }

  /// Told bytes of `events.json` read, stored and checked, and the file's size (see `load`).
  public typealias Progress = @Sendable (_ bytes: Int, _ total: Int) -> Void

  public struct ReadFailure: Error {
    public var message: String
  }

  /// The events of a corpus folder's `events.json` in file order, read as `load` reads them (for
  /// measuring that stage alone); fails with the located problems of the file.
  public static func loadEvents(from folder: URL) throws(CorpusError) -> [Event] {
    var problems: [CorpusProblem] = []
    let entries = decodeEvents(in: folder, problems: &problems)
    guard problems.isEmpty, let entries else { throw CorpusError(problems) }
    return entries.events
  }

  /// Reads `events.json`: on the scanner's fast path when the file is well formed, else through
  /// `JSONReader`, which reports every problem with its position.
  static func decodeEvents(in folder: URL, problems: inout [CorpusProblem]) -> CorpusFiles.EventEntries? {
    guard let data = fileData(CorpusFiles.events, in: folder, problems: &problems) else { return nil }
    if let events = EventsFileScanner.events(in: data) {
      return CorpusFiles.EventEntries(events: events, fileIndices: Array(events.indices))
    }
    return JSONReader.decode(CorpusFiles.EventEntries.self, from: data, file: CorpusFiles.events, problems: &problems)
  }

  /// A corpus file's bytes, or nil with the problem recorded.
  static func fileData(_ file: String, in folder: URL, problems: inout [CorpusProblem]) -> Data? {
    do {
      return try readData(at: folder.appendingPathComponent(file))
    } catch {
      problems.append(CorpusProblem(file: file, message: error.message))
      return nil
    }
  }

  /// Reads a file (in `folder` when given) as UTF-8 text, rejecting directories and invalid UTF-8,
  /// through `buffer` (see `RegularFile.read(_:in:limit:into:)`: a reader of many files passes the
  /// same one; a buffer a large file grew is let go once its text is made). A leading byte-order
  /// mark is dropped, as Foundation's `String(data:encoding: .utf8)` drops it. `listedRegular`:
  /// the folder's listing said it is a regular file (see `RegularFile.read(_:in:limit:listedRegular:into:)`).
  static func readText(atPath path: String, in folder: OpenFolder? = nil, listedRegular: Bool = false, buffer: inout Data)
    throws(ReadFailure) -> String
  {
    let count = try reported { () throws(SystemFailure) in
      try RegularFile.read(path, in: folder, listedRegular: listedRegular, into: &buffer)
    }
    let text = buffer.withUnsafeBytes { raw in
      let bytes = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count)
      let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
      return String(validating: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    }
    RegularFile.release(&buffer)
    guard let text else { throw ReadFailure(message: "not valid UTF-8 text; convert it to UTF-8") }
    return text
  }

  /// Reads a regular file's bytes, rejecting folders, FIFOs and devices (never waited on or
  /// read without end), broken links and unreadable files.
  public static func readData(at url: URL, limit: Int? = nil) throws(ReadFailure) -> Data {
    try reported { () throws(SystemFailure) in try RegularFile.read(url.path, limit: limit) }
  }

  /// What `read` gives, or its failure in words for people.
  private static func reported<T>(_ read: () throws(SystemFailure) -> T) throws(ReadFailure) -> T {
    do {
      return try read()
    } catch {
      switch error.cause {
      case .system(.noSuchFileOrDirectory), .system(.tooManySymbolicLinkLevels):
        if (try? FileStatus.of(error.path, followLinks: false))??.kind == .symbolicLink {
          throw ReadFailure(message: "a symbolic link that leads nowhere (broken or a loop)")
        }
        throw ReadFailure(message: "no such file")
      case .folder: throw ReadFailure(message: "is a directory, expected a file")
      case .system(.permissionDenied): throw ReadFailure(message: "not readable (check its permissions)")
      default: throw ReadFailure(message: error.reason)
      }
    }
  }

  /// Decodes one JSON file of the corpus, recording a located problem on failure.
  ///
  /// - Parameter fast: the scanner's fast path for `T`, which gives up (nil) on anything it does
  ///   not fully understand; `JSONReader` then decodes the file and locates its problems.
  static func decode<T: Decodable>(
    _ type: T.Type, file: String, in folder: URL, problems: inout [CorpusProblem], fast: ((Data) -> T?)? = nil
  ) -> T? {
    guard let data = fileData(file, in: folder, problems: &problems) else { return nil }
    return fast?(data) ?? JSONReader.decode(T.self, from: data, file: file, problems: &problems)
  }
}
