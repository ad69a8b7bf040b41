import CronicaModel
import CronicaResources
import Foundation

/// Events proposed by the temporal extractor, marked `origin: "extracted"`: for a folder of
/// articles without `events.json`, and for `cronica extract --write`.
///
/// The model's loader reports what is on disk; proposing events is a CLI decision, so it lives here.
enum ProposedChronology {
  /// The marker every proposal carries.
  static let origin = "extracted"

  /// The bundled temporal rules.
  static func extractor() throws(CommandFailure) -> TemporalExtractor {
    guard let url = CronicaResources.temporalURL else {
      throw CommandFailure("the bundled temporal rules are missing; reinstall Cronica", status: 66)
    }
    do {
      return TemporalExtractor(rules: try TemporalRules.load(from: url))
    } catch {
      throw CommandFailure("cannot load the temporal rules: \(error.description)", status: 70)
    }
  }

  /// The opened corpus with proposals from all its articles in place of an empty chronology, and
  /// the "no events.json" warning replaced by one that says what was done.
  static func filling(_ opened: OpenedCorpus) throws(CommandFailure) -> OpenedCorpus {
    let extractor = try extractor()
    var corpus = opened.corpus
    var taken = Set(corpus.events.map(\.id))
    var proposals: [Event] = []
    var dropped = 0
    for article in corpus.articles {
      let report = extractor.extract(
        text: article.text, published: article.published, mode: .news, themes: corpus.themes, article: article.id)
      for proposal in report.events {
        let event = marked(proposal, themes: corpus.themes, taken: &taken)
        if acceptable(event, in: corpus) { proposals.append(event) } else { dropped += 1 }
      }
    }
    corpus = Corpus(
      articles: corpus.articles, events: corpus.events + proposals, themes: corpus.themes, title: corpus.title,
      eras: corpus.eras)
    var warnings = opened.warnings.filter {
      !($0.file == CorpusFiles.events && $0.message.hasPrefix("no events.json"))
    }
    var message =
      "missing, so \(proposals.count) event\(proposals.count == 1 ? " was" : "s were") proposed from the articles' "
      + "dates (marked extracted); `cronica extract ARTICLE-ID --write` saves them for curation"
    if dropped > 0 { message += "; \(dropped) proposal\(dropped == 1 ? "" : "s") failed validation and were left out" }
    warnings.append(CorpusProblem(file: CorpusFiles.events, message: message))
    return OpenedCorpus(corpus: corpus, warnings: warnings, source: opened.source)
  }

  /// A proposal as a corpus event: marked extracted, a theme when none matched (`other`, else the
  /// taxonomy's first), and an id not yet taken (`-2`, `-3`… appended).
  static func marked(_ proposal: ProposedEvent, themes: [Theme], taken: inout Set<String>) -> Event {
    var event = proposal.event
    event.origin = proposal.origin
    if event.themes.isEmpty {
      let fallback = themes.first { $0.key == "other" } ?? themes.first
      event.themes = fallback.map { [$0.key] } ?? []
    }
    let base = event.id.isEmpty ? "extracted" : event.id
    var id = base
    var number = 2
    while taken.contains(id) {
      id = "\(base)-\(number)"
      number += 1
    }
    taken.insert(id)
    event.id = id
    return event
  }

  /// True when an event passes the corpus's validation on its own (verbatim quote, known theme…).
  static func acceptable(_ event: Event, in corpus: Corpus) -> Bool {
    let cited = Set(event.citations.map(\.article))
    let articles = corpus.articles.filter { cited.contains($0.id) }
    return Corpus(articles: articles, events: [event], themes: corpus.themes).validate().isEmpty
  }
}
