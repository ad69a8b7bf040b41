import CronicaModel
import Foundation

/// Writes a reproducible synthetic corpus in Cronica's own layout, plus `events.txt` for the peers.
///
/// Events are drawn as dates first, sorted chronologically and numbered in that order (`ev0000001`),
/// so `events.txt` lists them exactly as Cronica orders them. Article k covers the k-th slice of
/// about 100 consecutive events, which cite it (80%) or the article before it (20%). Quotes are
/// sentences checked to survive `ArticleCleaner.clean` verbatim, so the corpus loads.
struct CorpusGenerator {
  /// What to generate and where.
  var events: Int
  var seed: UInt64
  var out: URL
  /// The taxonomy to copy (`Resources/corpus/themes.json`).
  var themesFile: URL

  struct Summary {
    var events = 0
    var articles = 0
    var citations = 0
  }

  /// Generates the corpus into `out` (created if needed; existing files are overwritten).
  func run() throws(BenchError) -> Summary {
    let themesData: Data
    let keys: [String]
    do {
      themesData = try Data(contentsOf: themesFile)
      keys = try JSONReader.read(CorpusFiles.ThemesFile.self, from: themesData, file: themesFile.path).themes.map(\.key)
    } catch {
      throw BenchError("cannot read the taxonomy \(themesFile.path): \(error) (pass --themes FILE)")
    }
    guard !keys.isEmpty, events > 0 else { throw BenchError("need at least one theme and one event") }
    let articlesDir = out.appendingPathComponent(CorpusFiles.articlesFolder)
    do {
      try FileManager.default.createDirectory(at: articlesDir, withIntermediateDirectories: true)
      try themesData.write(to: out.appendingPathComponent(CorpusFiles.themes))
    } catch {
      throw BenchError("cannot write into \(out.path): \(error.localizedDescription)")
    }

    var random = SplitMix64(seed: seed)
    var dates: [EventDates] = []
    dates.reserveCapacity(events)
    while dates.count < events {
      if let drawn = Self.randomDates(&random) { dates.append(drawn) }
    }
    dates.sort(by: EventDates.before)

    var eventsOut = try BufferedWriter(url: out.appendingPathComponent(CorpusFiles.events))
    var linesOut = try BufferedWriter(url: out.appendingPathComponent("events.txt"))
    try eventsOut.write("{\n  \"format_version\": 1,\n  \"events\": [\n")
    var manifest: [String] = []
    var summary = Summary()
    let articleCount = max(1, events / 100)
    var previous: (id: String, sentences: [String])?
    for number in 0..<articleCount {
      let slice = (number * events / articleCount)..<((number + 1) * events / articleCount)
      let current = try writeArticle(number, covering: slice, dates: dates, into: articlesDir, manifest: &manifest, &random)
      for index in slice {
        var choices = [current]
        if let previous { choices.append(previous) }
        let line = Self.eventJSON(index: index, dates: dates[index], keys: keys, sources: choices, &random)
        try eventsOut.write(line.json + (index == events - 1 ? "\n" : ",\n"))
        try linesOut.write(line.text + "\n")
        summary.citations += line.citations
      }
      previous = current
    }
    try eventsOut.write("  ]\n}\n")
    try eventsOut.close()
    try linesOut.close()
    let manifestText = "{\n  \"format_version\": 1,\n  \"articles\": [\n" + manifest.joined(separator: ",\n") + "\n  ]\n}\n"
    do {
      try Data(manifestText.utf8).write(to: out.appendingPathComponent(CorpusFiles.manifest))
    } catch {
      throw BenchError("cannot write the manifest in \(out.path): \(error.localizedDescription)")
    }
    summary.events = events
    summary.articles = articleCount
    return summary
  }

  /// Writes article `number`'s raw file and manifest entry; returns its id and quotable sentences.
  private func writeArticle(
    _ number: Int, covering slice: Range<Int>, dates: [EventDates], into folder: URL, manifest: inout [String],
    _ random: inout SplitMix64
  ) throws(BenchError) -> (id: String, sentences: [String]) {
    let name = "a" + Self.padded(number + 1, 5)
    let id = name + "-" + TextFolding.fold(random.pick(WordLists.places)).replacingOccurrences(of: " ", with: "-")
    let authorCount = random.below(3)
    var authors: [String] = []
    while authors.count < authorCount {
      let author = random.pick(WordLists.authors)
      if !authors.contains(author) { authors.append(author) }
    }
    let title = Self.title(&random)
    let article = Self.article(&random, title: title, authors: authors)
    let cleaned = ArticleCleaner.clean(article.raw).text
    let quotable = article.sentences.filter { cleaned.contains($0) }
    guard !quotable.isEmpty else { throw BenchError("article \(id): the cleaner kept none of its sentences") }
    do {
      try Data(article.raw.utf8).write(to: folder.appendingPathComponent(name + ".txt"))
    } catch {
      throw BenchError("cannot write article \(name).txt: \(error.localizedDescription)")
    }
    let year = dates[slice.upperBound - 1].start.year
    manifest.append(
      "    {\"id\": \(JSONText.quoted(id)), \"title\": \(JSONText.quoted(title)), "
        + "\"outlet\": \(JSONText.quoted(random.pick(WordLists.outlets))), \"authors\": \(JSONText.array(authors)), "
        + "\"published\": \"\(year)\", \"published_display\": \"\(year)\", "
        + "\"date_basis\": \"Synthetic article generated by cronica-bench (seed \(seed)).\", "
        + "\"origin\": \"\(name).txt\"}")
    return (id, quotable)
  }

  /// One event as a JSON object and as a peer text line (`date  [themes]  title`).
  static func eventJSON(
    index: Int, dates: EventDates, keys: [String], sources: [(id: String, sentences: [String])],
    _ random: inout SplitMix64
  ) -> (json: String, text: String, citations: Int) {
    let title = title(&random)
    let themes = themes(&random, keys: keys)
    var citations: [String] = []
    for _ in 0..<[1, 1, 1, 2, 2, 2, 2, 3, 3, 3][random.below(10)] {
      let source = sources.count > 1 && random.chance(20) ? sources[1] : sources[0]
      citations.append(
        "{\"article\": \(JSONText.quoted(source.id)), \"quote\": \(JSONText.quoted(random.pick(source.sentences)))}")
    }
    var json = "    {\"id\": \"ev\(padded(index + 1, 7))\", \"start\": \"\(dates.start.iso)\", "
    if let end = dates.end { json += "\"end\": \"\(end.iso)\", " }
    json += "\"display\": \(JSONText.quoted(display(dates, &random))), "
    json += "\"kind\": \"\(random.pick(EventKind.known).rawValue)\", "
    json += "\"title\": \(JSONText.quoted(title)), \"summary\": \(JSONText.quoted(summary(&random))), "
    json += "\"themes\": \(JSONText.array(themes)), \"citations\": [" + citations.joined(separator: ", ") + "]"
    if random.chance(5) {
      json += ", \"date_basis\": \"Inferred from the article's publication date.\""
    }
    json += "}"
    let date = dates.start.iso.padding(toLength: 10, withPad: " ", startingAt: 0)
    return (json, "\(date)  [\(themes.joined(separator: ","))]  \(title)", citations.count)
  }

  /// `value` in decimal, zero-padded to `width` digits.
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
