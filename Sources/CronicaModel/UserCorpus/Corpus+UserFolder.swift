import CronicaSystem
import Foundation

extension Corpus {
  /// Builds the chronology of a user folder without `events.json` from its articles, under its
  /// themes, reading each article's relative dates in its mode (by article id). Called once the
  /// folder loaded without problems, so that its corpus is assembled once, with these events:
  /// `assemble` makes it, reading them in place (`Corpus(articles:proposals:themes:)`), and
  /// leaves them to the closure, which frees them when it chooses.
  ///
  /// The closure must return `assemble`'s result, having called it once, with the only reference
  /// to the events (a shared array is copied whole). The folder's corpus is what it returns.
  public typealias Proposing = (
    _ articles: [Article], _ themes: [Theme], _ modes: [String: TemporalMode], _ assemble: (inout [Event]) -> Corpus
  ) -> Corpus

  /// The article file extensions a user folder may hold.
  static let userArticleExtensions: Set<String> = ["md", "txt", "markdown"]

  /// Loads a user corpus folder: `.md`/`.txt` articles with YAML front matter (in `articles/` if
  /// that folder exists, else in the folder itself), plus optional `events.json` and `themes.json`
  /// in the bundled formats.
  ///
  /// Every problem is collected and reported at once; nothing loads halfway.
  /// - Parameters:
  ///   - defaultThemes: the taxonomy used when the folder has no `themes.json`.
  ///   - proposing: the chronology of a folder without `events.json` (none: it is empty).
  public static func loadUserFolder(
    at folder: URL, defaultThemes: [Theme] = Theme.defaultTaxonomy, proposing: Proposing? = nil
  ) throws(CorpusError) -> OpenedCorpus {
    var problems: [CorpusProblem] = []
    var warnings: [CorpusProblem] = []
    let (articleFolder, inSubfolder, names, kinds) = try articleNames(in: folder)
    let prefix = inSubfolder ? CorpusFiles.articlesFolder + "/" : ""
    let chosen = names.filter { isArticleFile($0, inSubfolder: inSubfolder) }
    // The names of the articles read, in their order (their paths are made only for a problem),
    // and the outcomes they were read into.
    var articleNames: [String] = []
    var places: [Int] = []
    articleNames.reserveCapacity(chosen.count)
    places.reserveCapacity(chosen.count)
    var modes: [String: TemporalMode] = [:]
    var outcomes = UserArticle.readAll(
      chosen, kinds: kinds, in: articleFolder, prefix: prefix,
      text: { name, folder, listedRegular, buffer throws(ReadFailure) in
        try readText(atPath: name, in: folder, listedRegular: listedRegular, buffer: &buffer)
      },
      problem: { $0.message })
    for (index, name) in chosen.enumerated() {
      // Only when there are some (nearly never): an append of none still asks for room.
      if !outcomes[index].problems.isEmpty { problems += outcomes[index].problems }
      if !outcomes[index].warnings.isEmpty { warnings += outcomes[index].warnings }
      // Read in place (a copy would retain each of the article's strings): the articles are
      // moved out below.
      guard let mode = outcomes[index].read.map({ $0.mode }) else { continue }
      if let mode, let id = outcomes[index].read?.article.id { modes[id] = mode }
      articleNames.append(name)
      places.append(index)
    }
    let articles = Self.articles(movedOutOf: &outcomes, at: places)
    outcomes = []  // their room is freed now, not after the chronology is built
    let articleProblems = problems.count
    let eventsExists = FileStatus.at(folder.appendingPathComponent(CorpusFiles.events).path) != nil
    let themesExists = FileStatus.at(folder.appendingPathComponent(CorpusFiles.themes).path) != nil
    let eventsFile = eventsExists ? decodeEvents(in: folder, problems: &problems) : nil
    let themesFile = optionalThemes(in: folder, problems: &problems)
    if articles.isEmpty, problems.isEmpty {
      problems.append(
        CorpusProblem(
          file: articleFolder.path, message: "no articles found: add .md or .txt files (see `cronica init`)"))
    }
    if !eventsExists {
      warnings.append(CorpusProblem(file: CorpusFiles.events, message: "no events.json: the chronology is empty"))
    }
    let fileEvents = eventsFile?.events ?? []
    let themes = themesFile?.themes ?? defaultThemes
    var filed: Corpus?
    // Check the events whenever both JSON files could be read, so that all problems come at once;
    // when an article failed to load, citations of unknown articles are not reported again.
    if eventsExists == (eventsFile != nil), themesExists == (themesFile != nil) {
      var found: [CorpusProblem]
      if eventsExists {
        let corpus = Corpus(articles: articles, events: fileEvents, themes: themes)
        found = corpus.validate(fileEvents: fileEvents, fileIndices: eventsFile?.fileIndices)
        filed = corpus
      } else {
        found = taxonomyProblems(articles: articles, themes: themes)
      }
      if !found.isEmpty {
        // events.json is read again only to locate its problems (line and column).
        let eventsBytes = (try? readData(at: folder.appendingPathComponent(CorpusFiles.events))) ?? Data()
        found = relocate(found, articleFiles: articleNames.map { prefix + $0 }, eventsData: eventsBytes)
      }
      if articleProblems > 0 { found.removeAll { $0.message.hasPrefix("unknown article") } }
      problems += found
    }
    guard problems.isEmpty else { throw CorpusError(problems) }
    // A folder without events.json is assembled once, with the events proposed for it (each
    // checked as it is stored, read in place: see `Proposing`).
    let corpus: Corpus
    if let filed {
      corpus = filed
    } else if eventsExists {
      corpus = Corpus(articles: articles, events: fileEvents, themes: themes)
    } else {
      func assemble(_ proposals: inout [Event]) -> Corpus { Corpus(articles: articles, proposals: &proposals, themes: themes) }
      var none: [Event] = []
      corpus = proposing?(articles, themes, modes, assemble) ?? assemble(&none)
    }
    var opened = OpenedCorpus(corpus: corpus, warnings: warnings, source: .userFolder)
    opened.articleModes = modes
    return opened
  }

  /// The articles of the outcomes at `places` (each one read), in that order, moved out on all
  /// cores: the array's fresh pages fault on all cores, not on one with the other idle.
  static func articles(movedOutOf outcomes: inout [UserArticle.Outcome], at places: [Int]) -> [Article] {
    outcomes.withUnsafeMutableBufferPointer { outcomes in
      guard let from = outcomes.baseAddress else { return [] }
      let input = SharedValues(base: from)
      // `places` are distinct: each outcome is taken by one core.
      return Parallel.array(count: places.count) { position in
        guard let read = (input.base + places[position]).pointee.read.take() else {
          preconditionFailure("places name outcomes that were read")
        }
        return read.article
      }
    }
  }

  /// Whether a folder entry is an article: not hidden, its extension (after the last dot) one
  /// of `userArticleExtensions` in any case, and, in the folder itself, not a README.
  static func isArticleFile(_ name: String, inSubfolder: Bool) -> Bool {
    var copy = name
    return copy.withUTF8 { utf8 in
      guard utf8.first != UInt8(ascii: "."), let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
      let pathExtension = UnsafeBufferPointer(rebasing: utf8[(dot + 1)...])
      // An ASCII name (nearly all: a folder of 100k articles is 100k names) is told by its bytes,
      // folded to lowercase; any other as Unicode lowercases it (the Kelvin sign K is a k then).
      if String.isASCII(utf8) {
        let prefix = Self.readmePrefixBytes.count
        return userArticleExtensionBytes.contains { Self.equalsLowercased(pathExtension, $0) }
          && (inSubfolder || utf8.count < prefix
            || !Self.equalsLowercased(UnsafeBufferPointer(rebasing: utf8[..<prefix]), Self.readmePrefixBytes))
      }
      return userArticleExtensions.contains(String(decoding: pathExtension, as: UTF8.self).lowercased())
        && (inSubfolder || !name.lowercased().hasPrefix("readme."))
    }
  }

  /// `userArticleExtensions` as bytes.
  private static let userArticleExtensionBytes = userArticleExtensions.map { Array($0.utf8) }

  /// What a README's name starts with, as bytes.
  private static let readmePrefixBytes = Array("readme.".utf8)

  /// Whether ASCII `bytes`, lowercased, are `lowercase`.
  private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
    bytes.count == lowercase.count
      && zip(bytes, lowercase).allSatisfy { (0x41...0x5A).contains($0) ? $0 | 0x20 == $1 : $0 == $1 }
  }

  /// The folder's `themes.json`; nil when it does not exist or is broken.
  static func optionalThemes(in folder: URL, problems: inout [CorpusProblem]) -> CorpusFiles.ThemesFile? {
    guard FileStatus.at(folder.appendingPathComponent(CorpusFiles.themes).path) != nil else { return nil }
    return decode(
      CorpusFiles.ThemesFile.self, file: CorpusFiles.themes, in: folder, problems: &problems,
      fast: EventsFileScanner.themesFile(in:))
  }

  /// Points validation problems at the user's files: article problems at the article's file,
  /// event problems at their line and column in `events.json` with the event's id.
  static func relocate(_ problems: [CorpusProblem], articleFiles: [String], eventsData: Data) -> [CorpusProblem] {
    var result = problems
    var eventPaths: [(Int, [JSONPathComponent])] = []
    for (position, problem) in problems.enumerated() {
      guard let location = problem.location else { continue }
      let path = parsePath(location)
      if problem.file == CorpusFiles.manifest, path.count >= 2, case .index(let index) = path[1],
        index < articleFiles.count
      {
        result[position] = CorpusProblem(file: articleFiles[index], location: "id", message: problem.message)
      } else if problem.file == CorpusFiles.events, !eventsData.isEmpty {
        eventPaths.append((position, path))
      }
    }
    let located = JSONReader.locations(of: eventPaths.map(\.1), in: eventsData, idKeys: ["id"])
    for ((position, _), location) in zip(eventPaths, located) {
      result[position].location = location
    }
    return result
  }

  /// Parses `events[3].citations[0].quote` into path components.
  static func parsePath(_ text: String) -> [JSONPathComponent] {
    var result: [JSONPathComponent] = []
    for part in text.split(separator: ".") {
      var rest = Substring(part)
      if let bracket = rest.firstIndex(of: "[") {
        let key = rest[..<bracket]
        if !key.isEmpty { result.append(.key(String(key))) }
        rest = rest[bracket...]
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
          if let index = Int(rest[rest.index(after: rest.startIndex)..<close]) { result.append(.index(index)) }
          rest = rest[rest.index(after: close)...]
        }
      } else {
        result.append(.key(String(rest)))
      }
    }
    return result
  }

  /// The names in `sorted()`'s order (names equal but spelled differently, é composed or not,
  /// keep the order they were listed in). All ASCII, they are sorted in runs on all cores (a
  /// folder of 100k articles is 100k names) and merged, which gives that order since byte order
  /// is a total one; with any other name, by one `sorted()`, as `String`'s `<` is not a strict
  /// weak order there and a merge of runs could differ from it.
  static func sortedNames(_ names: [String], runs: [Range<Int>]? = nil) -> [String] {
    // Each name's bytes looked at eight at a time, on the main thread before the cores start (a
    // walk of the UTF-8 view took ~360 instructions for an 11-byte name).
    let ascii = names.allSatisfy(\.isASCII)
    return ascii ? Parallel.sorted(names, ranges: runs) : names.sorted()
  }

  /// The folder a user folder's articles are in (its `articles/` subfolder when there is one),
  /// whether it is that subfolder, the sorted names in it, and what its listing said of which
  /// are regular files.
  static func articleNames(in folder: URL) throws(CorpusError) -> (
    folder: URL, inSubfolder: Bool, names: [String], kinds: ListedKinds
  ) {
    let articlesURL = folder.appendingPathComponent(CorpusFiles.articlesFolder)
    let inSubfolder = Folder.exists(articlesURL.path)
    let articleFolder = inSubfolder ? articlesURL : folder
    do {
      let (names, kinds) = try Folder.listing(articleFolder.path)
      return (articleFolder, inSubfolder, sortedNames(names), kinds)
    } catch {
      throw CorpusError([
        CorpusProblem(file: articleFolder.path, message: "cannot list the folder (check that it exists and is readable)")
      ])
    }
  }
}
