import CronicaModel
import CronicaResources
import Foundation

/// Proposed events, marked `origin: "extracted"`: the chronology the model builds for a folder of
/// articles without `events.json`, and the temporal extractor's proposals for `cronica extract --write`.
///
/// The model's loader reports what is on disk; proposing events is a CLI decision, so it lives here.
enum ProposedChronology {
  /// The bundled temporal rules.
  static func extractor() throws(CommandFailure) -> TemporalExtractor {
    guard let url = CronicaResources.temporalURL else {
      throw CommandFailure("the bundled temporal rules are missing; reinstall Cronica", status: 66)
    }
    do {
      return TemporalExtractor(rules: try TemporalRules.load(from: url))
    } catch {
      throw CommandFailure("cannot load the \(error.description)", status: 70)
    }
  }

  /// The opened corpus with the chronology the model builds from its articles in place of an
  /// empty one, and the "no events.json" warning replaced by one that says what was done.
  static func filling(_ opened: OpenedCorpus) throws(CommandFailure) -> OpenedCorpus {
    var corpus = opened.corpus
    let result = try Build.builder(themes: corpus.themes).build(
      corpus.articles, options: ChronologyBuilder.Options(modes: opened.articleModes, takenIDs: Set(corpus.events.map(\.id))))
    // Built events validate by construction; each is still checked on its own against the
    // articles it cites, and one that fails is left out and counted.
    let built = result.events
    let proposals = zip(built, corpus.passesAlone(built)).filter(\.1).map(\.0)
    let dropped = built.count - proposals.count
    corpus = Corpus(
      articles: corpus.articles, events: corpus.events + proposals, themes: corpus.themes, title: corpus.title,
      eras: corpus.eras)
    var warnings = opened.warnings.filter {
      !($0.file == CorpusFiles.events && $0.message.hasPrefix("no events.json"))
    }
    let count = proposals.count
    var message =
      "missing, so \(count) event\(count == 1 ? " was" : "s were") built from the articles (marked "
      + "extracted); curate them in the browser, or save them with `cronica build DIR -o DIR/events.json`"
    if dropped > 0 { message += "; \(dropped) failed validation and were left out (a bug; please report it)" }
    warnings.append(CorpusProblem(file: CorpusFiles.events, message: message))
    var filled = OpenedCorpus(corpus: corpus, warnings: warnings, source: opened.source)
    filled.articleModes = opened.articleModes
    return filled
  }

  /// A proposal as a corpus event: marked extracted, a theme when none matched (`other`, else the
  /// taxonomy's first), and an id not yet taken (`-2`, `-3`… appended).
  static func marked(_ proposal: ProposedEvent, themes: [Theme], taken: inout UniqueIDs) -> Event {
    var event = proposal.event
    event.origin = proposal.origin
    if event.themes.isEmpty {
      let fallback = themes.first { $0.key == "other" } ?? themes.first
      event.themes = fallback.map { [$0.key] } ?? []
    }
    event.id = taken.claim(event.id.isEmpty ? "extracted" : event.id)
    return event
  }
}
