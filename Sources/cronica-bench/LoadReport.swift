import CronicaModel
import CronicaUI
import Foundation

/// Times the model on a corpus folder: `Corpus.load`, `EventIndex`, a theme filter, a search, the
/// browser's state and first 120×40 frame (no terminal), and
/// (with `breakdown`) each stage of loading on its own, so the dominant cost is visible.
struct LoadReport {
  var folder: URL
  var search: String
  var theme: String
  var breakdown: Bool

  /// Runs the measurements; peak memory is read before the breakdown, which allocates again.
  func run() throws(BenchError) -> [Stopwatch.Figure] {
    var watch = Stopwatch()
    let loaded: Result<Corpus, CorpusError> = try watch.time("load") { () throws(BenchError) in
      do throws(CorpusError) { return .success(try Corpus.load(from: folder)) } catch { return .failure(error) }
    }
    let corpus: Corpus
    switch loaded {
    case .success(let value): corpus = value
    case .failure(let error):
      let shown = error.problems.prefix(5).map { "  \($0)" }.joined(separator: "\n")
      throw BenchError("the corpus at \(folder.path) does not load (\(error.problems.count) problems):\n\(shown)")
    }
    watch.record("events", Double(corpus.events.count))
    watch.record("articles", Double(corpus.articles.count))
    let index = try watch.time("index") { () throws(BenchError) in EventIndex(corpus: corpus) }
    let themeHits = try watch.time("theme_filter") { () throws(BenchError) in
      index.matches(EventQuery(themes: [theme]), in: corpus).count
    }
    watch.record("theme_hits", Double(themeHits))
    let searchHits = try watch.time("search") { () throws(BenchError) in
      index.matches(EventQuery(search: search), in: corpus).count
    }
    watch.record("search_hits", Double(searchHits))
    let browser = try watch.time("browser_state") { () throws(BenchError) in
      Browser(corpus: corpus, size: Size(width: 120, height: 40))
    }
    let frameCells = try watch.time("browser_render") { () throws(BenchError) in browser.render().width }
    watch.record("frame_width", Double(frameCells))
    watch.record("peak_rss_mb", Double(ProcessMemory.peakKilobytes() ?? 0) / 1024, unit: "MB")
    if breakdown { try stages(&watch) }
    return watch.figures
  }

  /// Each stage of `Corpus.load` separately, through the model's public API.
  private func stages(_ watch: inout Stopwatch) throws(BenchError) {
    func data(_ name: String) throws(BenchError) -> Data {
      do { return try Data(contentsOf: folder.appendingPathComponent(name)) } catch {
        throw BenchError("cannot read \(name) in \(folder.path): \(error.localizedDescription)")
      }
    }
    let (eventsData, manifestData) = try watch.time("stage_read_json") { () throws(BenchError) in
      (try data(CorpusFiles.events), try data(CorpusFiles.manifest))
    }
    let events = try watch.time("stage_decode_events") { () throws(BenchError) in
      (try? Corpus.loadEvents(from: folder)) ?? []
    }
    _ = try watch.time("stage_decode_events_jsondecoder") { () throws(BenchError) in
      (try? JSONDecoder().decode(CorpusFiles.EventsFile.self, from: eventsData))?.events.count ?? 0
    }
    let entries = try watch.time("stage_decode_manifest") { () throws(BenchError) in
      (try? JSONReader.read(CorpusFiles.Manifest.self, from: manifestData, file: CorpusFiles.manifest))?.articles ?? []
    }
    let raws = try watch.time("stage_read_articles") { () throws(BenchError) in
      entries.map { entry in
        let url = folder.appendingPathComponent(CorpusFiles.articlesFolder).appendingPathComponent(entry.origin)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      }
    }
    let articles = try watch.time("stage_clean_articles") { () throws(BenchError) in
      zip(entries, raws).map { entry, raw in
        let cleaned = ArticleCleaner.clean(raw)
        return Article(
          id: entry.id, title: entry.title, outlet: entry.outlet, authors: entry.authors, published: entry.published,
          publishedDisplay: entry.publishedDisplay, dateBasis: entry.dateBasis, origin: entry.origin,
          authorNotes: cleaned.authorNotes, text: cleaned.text)
      }
    }
    let themes = (try? JSONReader.read(CorpusFiles.ThemesFile.self, from: data(CorpusFiles.themes), file: CorpusFiles.themes))?.themes ?? []
    let corpus = try watch.time("stage_sort_events") { () throws(BenchError) in
      Corpus(articles: articles, events: events, themes: themes)
    }
    let problems = try watch.time("stage_validate") { () throws(BenchError) in corpus.validate(fileEvents: events).count }
    try watch.time("stage_library_derived") { () throws(BenchError) in
      // The work the browser starts after its first frame: the search index and the lookup tables.
      var browser = Browser(corpus: corpus, size: Size(width: 120, height: 40))
      for case .background(let work) in browser.perform(.startBackgroundWork) { _ = work.run() }
    }
    watch.record("stage_validate_problems", Double(problems))
  }
}
