import CronicaModel
import Foundation

/// Scores the chronology builder and the per-sentence baseline against reference chronologies
/// (docs/extraction.md): for each folder, its articles and its reference events (`events.json`
/// of a corpus folder, `reference.json` of a folder of articles).
struct ExtractionReport {
  var folders: [URL]
  /// The temporal rules (`Resources/temporal`).
  var rules: URL
  /// The builder's word lists (`Resources/build`).
  var lexicons: URL
  /// Also list the missed reference events and the unmatched built ones.
  var verbose: Bool

  /// One row of the table: a folder, a method and its figures.
  struct Row {
    var folder: String
    var method: String
    var comparison: ChronologyComparison
  }

  func run() throws(BenchError) -> String {
    let temporal: TemporalRules
    let lists: [BuildLexicon]
    do {
      temporal = try TemporalRules.load(from: rules)
      lists = try BuildLexicon.load(from: lexicons)
    } catch {
      throw BenchError("cannot load the rules: \(error)")
    }
    var rows: [Row] = []
    var details: [String] = []
    for folder in folders {
      let opened: OpenedCorpus
      do {
        opened = try Corpus.open(at: folder)
      } catch {
        throw BenchError("cannot open \(folder.path): \(error)")
      }
      let corpus = opened.corpus
      var reference = Array(corpus.events)
      let referenceFile = folder.appendingPathComponent("reference.json")
      if opened.source == .userFolder {
        guard let data = try? Data(contentsOf: referenceFile),
          let file = try? JSONReader.read(CorpusFiles.EventsFile.self, from: data, file: referenceFile.path)
        else { throw BenchError("\(folder.path) has no readable reference.json") }
        reference = file.events
      }
      let builder = ChronologyBuilder(rules: temporal, lexicons: lists, themes: corpus.themes)
      let built = builder.build(corpus.articles).events
      let extractor = TemporalExtractor(rules: temporal)
      let baseline = corpus.articles.flatMap { article in
        extractor.extract(text: article.text, published: article.published, mode: .news, themes: corpus.themes, article: article.id)
          .events.map(\.event)
      }
      let name = folder.lastPathComponent
      for (method, events) in [("builder", built), ("baseline", baseline)] {
        let comparison = ChronologyComparison(built: events, reference: reference, articles: corpus.articles)
        rows.append(Row(folder: name, method: method, comparison: comparison))
        if verbose {
          details.append("\(name) \(method): missed \(comparison.missed.joined(separator: ", "))")
          details.append("\(name) \(method): unmatched \(comparison.unmatched.joined(separator: ", "))")
        }
      }
      if verbose {
        for event in built {
          details.append(
            "  \(event.display) [\(event.kind.rawValue)] \(event.title) \((event.themeEvidence ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) "
              + "conf \(event.confidence ?? 0) cites \(event.citations.count) \(Set(event.citations.map(\.article)).count) articles")
        }
      }
    }
    var lines = [
      "| corpus | method | reference events | built events | coverage | precision | merged (multi-article events) |",
      "|---|---|---|---|---|---|---|",
    ]
    for row in rows {
      let c = row.comparison
      lines.append(
        "| \(row.folder) | \(row.method) | \(c.referenceCount) | \(c.builtCount) | "
          + "\(c.covered)/\(c.referenceCount) = \(percent(c.coverage)) | \(c.precise)/\(c.builtCount) = \(percent(c.precision)) | "
          + "\(c.merged)/\(c.multiArticle) |")
    }
    return (lines + details).joined(separator: "\n")
  }

  func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
