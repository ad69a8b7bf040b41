import CronicaModel
import Foundation

/// Times the model on a corpus folder: `Corpus.load`, `EventIndex`, a theme filter, a search, and
/// (with `breakdown`) each stage of loading on its own, so the dominant cost is visible.
struct LoadReport {
  var folder: URL
  var search: String
  var theme: String
  var breakdown: Bool

  /// One named figure.
  struct Figure {
    var name: String
    var value: Double
    var unit: String
  }

  /// Runs the measurements; peak memory is read before the breakdown, which allocates again.
  func run() throws(BenchError) -> [Figure] {
    var figures: [Figure] = []
    let clock = ContinuousClock()
    var corpus: Corpus?
    var loadError: CorpusError?
    let loadTime = clock.measure {
      do throws(CorpusError) { corpus = try Corpus.load(from: folder) } catch { loadError = error }
    }
    guard let corpus else {
      let problems = loadError?.problems ?? []
      let shown = problems.prefix(5).map { "  \($0)" }.joined(separator: "\n")
      throw BenchError("the corpus at \(folder.path) does not load (\(problems.count) problems):\n\(shown)")
    }
    figures.append(Figure(name: "events", value: Double(corpus.events.count), unit: ""))
    figures.append(Figure(name: "articles", value: Double(corpus.articles.count), unit: ""))
    figures.append(Figure(name: "load_ms", value: loadTime.milliseconds, unit: "ms"))
    var index: EventIndex?
    figures.append(Figure(name: "index_ms", value: clock.measure { index = EventIndex(corpus: corpus) }.milliseconds, unit: "ms"))
    guard let index else { return figures }
    var themeHits = 0
    let themeTime = clock.measure { themeHits = index.matches(EventQuery(themes: [theme]), in: corpus).count }
    figures.append(Figure(name: "theme_filter_ms", value: themeTime.milliseconds, unit: "ms"))
    figures.append(Figure(name: "theme_hits", value: Double(themeHits), unit: ""))
    var searchHits = 0
    let searchTime = clock.measure { searchHits = index.matches(EventQuery(search: search), in: corpus).count }
    figures.append(Figure(name: "search_ms", value: searchTime.milliseconds, unit: "ms"))
    figures.append(Figure(name: "search_hits", value: Double(searchHits), unit: ""))
    figures.append(Figure(name: "peak_rss_mb", value: Double(ProcessMemory.peakKilobytes() ?? 0) / 1024, unit: "MB"))
    if breakdown { figures += try stages(clock) }
    return figures
  }

  /// Each stage of `Corpus.load` separately, through the model's public API.
  private func stages(_ clock: ContinuousClock) throws(BenchError) -> [Figure] {
    var figures: [Figure] = []
    func data(_ name: String) throws(BenchError) -> Data {
      do { return try Data(contentsOf: folder.appendingPathComponent(name)) } catch {
        throw BenchError("cannot read \(name) in \(folder.path): \(error.localizedDescription)")
      }
    }
    var eventsData = Data()
    var manifestData = Data()
    var readError: BenchError?
    figures.append(Figure(name: "stage_read_json_ms", value: clock.measure {
      do throws(BenchError) { eventsData = try data(CorpusFiles.events); manifestData = try data(CorpusFiles.manifest) } catch { readError = error }
    }.milliseconds, unit: "ms"))
    if let readError { throw readError }
    var events: [Event] = []
    var manifest: CorpusFiles.Manifest?
    figures.append(Figure(name: "stage_decode_events_ms", value: clock.measure {
      events = (try? JSONDecoder().decode(CorpusFiles.EventsFile.self, from: eventsData))?.events ?? []
    }.milliseconds, unit: "ms"))
    figures.append(Figure(name: "stage_decode_manifest_ms", value: clock.measure {
      manifest = try? JSONDecoder().decode(CorpusFiles.Manifest.self, from: manifestData)
    }.milliseconds, unit: "ms"))
    var raws: [String] = []
    let entries = manifest?.articles ?? []
    figures.append(Figure(name: "stage_read_articles_ms", value: clock.measure {
      raws = entries.map { entry in
        let url = folder.appendingPathComponent(CorpusFiles.articlesFolder).appendingPathComponent(entry.origin)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      }
    }.milliseconds, unit: "ms"))
    var articles: [Article] = []
    figures.append(Figure(name: "stage_clean_articles_ms", value: clock.measure {
      articles = zip(entries, raws).map { entry, raw in
        let cleaned = ArticleCleaner.clean(raw)
        return Article(
          id: entry.id, title: entry.title, outlet: entry.outlet, authors: entry.authors, published: entry.published,
          publishedDisplay: entry.publishedDisplay, dateBasis: entry.dateBasis, origin: entry.origin,
          authorNotes: cleaned.authorNotes, text: cleaned.text)
      }
    }.milliseconds, unit: "ms"))
    var corpus: Corpus?
    figures.append(Figure(name: "stage_sort_events_ms", value: clock.measure {
      corpus = Corpus(articles: articles, events: events, themes: [])
    }.milliseconds, unit: "ms"))
    let themes = (try? JSONDecoder().decode(CorpusFiles.ThemesFile.self, from: data(CorpusFiles.themes)))?.themes ?? []
    corpus?.themes = themes
    var problems = 0
    figures.append(Figure(name: "stage_validate_ms", value: clock.measure {
      problems = corpus?.validate(fileEvents: events).count ?? 0
    }.milliseconds, unit: "ms"))
    figures.append(Figure(name: "stage_validate_problems", value: Double(problems), unit: ""))
    return figures
  }
}

extension Duration {
  /// The duration in milliseconds.
  var milliseconds: Double {
    let parts = components
    return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
  }
}

/// The process's own memory figures from `/proc/self/status` (Linux).
enum ProcessMemory {
  /// Peak resident set size (VmHWM) in kilobytes; nil where /proc is unavailable.
  static func peakKilobytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
    return nil
  }
}
