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
    var taken = UniqueIDs(taken: corpus.events.map(\.id))
    // Every step is linear in the articles: articles are looked up by id (a scan of them all
    // for every proposal made a folder of n articles take n² steps: 16,000 tiny articles, 28 s),
    // ids are handed out by `UniqueIDs`, and the per-article work runs in pieces on all cores
    // (results in article order, as one pass would give them).
    let articles = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let themes = corpus.themes
    let all = corpus.articles
    let pieces = Parallel.ranges(of: all.count, minimum: 64)
    let reports = Parallel.map(pieces: pieces.count) { piece in
      pieces[piece].map { index in
        extractor.extract(
          text: all[index].text, published: all[index].published, mode: .news, themes: themes, article: all[index].id)
      }
    }.joined()
    let candidates = reports.flatMap(\.events).map { marked($0, themes: themes, taken: &taken) }
    let checks = Parallel.ranges(of: candidates.count, minimum: 64)
    let passed = Parallel.map(pieces: checks.count) { piece in
      checks[piece].map { acceptable(candidates[$0], articles: articles, themes: themes) }
    }.joined()
    let proposals = zip(candidates, passed).filter(\.1).map(\.0)
    let dropped = candidates.count - proposals.count
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

  /// True when an event passes the corpus's validation on its own (verbatim quote, known theme…),
  /// checked against the articles it cites only (found by id, each once).
  static func acceptable(_ event: Event, articles: [String: Article], themes: [Theme]) -> Bool {
    var seen = Set<String>()
    let cited = event.citations.compactMap { seen.insert($0.article).inserted ? articles[$0.article] : nil }
    return Corpus(articles: cited, events: [event], themes: themes).validate().isEmpty
  }
}

/// Event ids handed out without repeats: `base`, else `base-2`, `base-3`… The next number to try
/// is kept per base, so that many proposals with one base (tiny articles alike) cost a step each,
/// not a scan from `-2` every time (which made a folder of n such articles take n² steps).
struct UniqueIDs {
  private var taken: Set<String>
  private var next: [String: Int] = [:]

  init(taken: some Sequence<String>) {
    self.taken = Set(taken)
  }

  /// The first free id of `base`, `base-2`, `base-3`…, now taken.
  mutating func claim(_ base: String) -> String {
    var id = base
    var number = next[base] ?? 2
    while taken.contains(id) {
      id = "\(base)-\(number)"
      number += 1
    }
    next[base] = number
    taken.insert(id)
    return id
  }
}
