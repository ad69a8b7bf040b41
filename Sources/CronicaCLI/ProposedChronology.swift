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

  /// Fills a user folder without `events.json` with the chronology the model builds from its
  /// articles while the folder is opened (`propose`, so that its corpus is assembled once), then
  /// replaces the "no events.json" warning with one that says what was done (`completed`).
  struct Filling {
    /// How many events were built; nil until `propose` ran.
    private var outcome: Result<Int, CommandFailure>?
    /// The events built, which the corpus read in place and did not free (`release` does).
    private var proposals: [Event] = []

    /// The corpus `assemble` makes of the events built from the articles (kept for `release`);
    /// of none when the builder cannot be made (`completed` throws why).
    mutating func propose(
      _ articles: [Article], themes: [Theme], modes: [String: TemporalMode], assemble: (inout [Event]) -> Corpus
    ) -> Corpus {
      var events: [Event] = []
      do throws(CommandFailure) {
        events = try Build.builder(themes: themes).build(articles, options: ChronologyBuilder.Options(modes: modes)).events
        outcome = .success(events.count)
      } catch {
        outcome = .failure(error)
      }
      // The corpus is made while these are the only reference to the events.
      let corpus = assemble(&events)
      proposals = consume events
      return corpus
    }

    /// The opened corpus, its warning about the missing `events.json` replaced when events were
    /// proposed for it.
    ///
    /// Built events validate by construction; the corpus still checked each on its own against
    /// the articles it cites (`Corpus(articles:proposals:themes:)`) and left out those that failed:
    /// they are the built events it lacks.
    func completed(_ opened: OpenedCorpus) throws(CommandFailure) -> OpenedCorpus {
      guard let outcome else { return opened }
      let built = try outcome.get()
      let count = opened.corpus.events.count
      let dropped = built - count
      var filled = opened
      filled.warnings.removeAll { $0.file == CorpusFiles.events && $0.message.hasPrefix("no events.json") }
      var message =
        "missing, so \(count) event\(count == 1 ? " was" : "s were") built from the articles (marked "
        + "extracted); curate them in the browser, or save them with `cronica build DIR -o DIR/events.json`"
      if dropped > 0 { message += "; \(dropped) failed validation and were left out (a bug; please report it)" }
      filled.warnings.append(CorpusProblem(file: CorpusFiles.events, message: message))
      return filled
    }

    /// Lets go of the events built, once the corpus holds them.
    mutating func release(_ built: BuiltEvents) {
      var events: [Event] = []
      swap(&events, &proposals)
      switch built {
      case .heldUntilExit: if !events.isEmpty { HeldUntilExit.keep(events) }
      case .freed: Parallel.free(consume events)
      }
    }
  }

  /// What becomes of the events built for a folder once its corpus holds them.
  enum BuiltEvents {
    /// Left to the exit, by a command that exits once its output is written: freeing 100k of
    /// them one by one was a third of storing them.
    case heldUntilExit
    /// Freed now, on all cores (the browser, which runs on; tests).
    case freed

    /// Held by a process that exits after the command's output, else freed.
    init(_ context: CommandContext) { self = context.exitsAfterOutput ? .heldUntilExit : .freed }
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
