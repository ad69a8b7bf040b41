import CronicaModel
import CronicaTestSupport
import Testing

@testable import CronicaUI

/// The progressive first open: the browser starts on a preview of the first events while the
/// host loads the whole corpus (`.loadCorpus`), which arrives as `.corpusLoaded`. Reducer tables:
/// the tests decide when the corpus arrives.
@Suite struct ProgressiveLoadTests {
  static let full = Fixtures.large(count: 2_000)
  /// The first 200 events, as the CLI's preview reads them (no articles).
  static let preview = Corpus(articles: [], events: Array(full.events.prefix(200)), themes: full.themes)

  /// A browser on the preview, its load asked for.
  static func started(width: Int = 100) -> Browser {
    var browser = Browser(corpus: preview, size: Size(width: width, height: 30), preview: true)
    #expect(browser.perform(.startBackgroundWork) == [.loadCorpus(revision: 0)], "a preview gets no index: it loads")
    return browser
  }

  static func screen(_ browser: Browser) -> String { browser.render().lines.joined(separator: "\n") }

  @Test func thePreviewSaysItIsUncheckedUntilTheCorpusArrives() {
    var browser = Self.started()
    #expect(Self.screen(browser).contains("loading… (quotes not yet checked)"))
    #expect(!Self.screen(browser).contains("200 events"), "the preview's count is not the corpus's")
    let effects = browser.perform(.corpusLoaded(Built(Self.full, revision: 0)))
    #expect(browser.state.loading == nil)
    #expect(browser.state.library.revision == 1)
    #expect(browser.state.library.corpus.events.count == 2_000)
    let kinds = effects.compactMap { effect -> BackgroundWork.Kind? in
      if case .background(let work) = effect { return work.kind }
      return nil
    }
    #expect(kinds == [.index, .snapshotCheck], "the loaded corpus is indexed as any other")
    #expect(Self.screen(browser).contains("2000/2000 events"))
    #expect(!Self.screen(browser).contains("loading"))
  }

  @Test func movesWithinThePreviewRunAndTheRestWaitsInOrder() {
    var browser = Self.started()
    _ = browser.press("jj")
    #expect(browser.state.selection == 2, "moves inside the preview run at once")
    #expect(browser.state.loading?.held == [])
    _ = browser.press("G")  // the corpus's end is not in the preview
    _ = browser.press("k")  // after a held key, every key waits: order is kept
    _ = browser.press("<Enter>")  // the detail shows quotes: waits for their check
    #expect(browser.state.selection == 2)
    #expect(browser.state.view == .timeline)
    #expect(browser.state.loading?.held == [.move(.bottom)])
    #expect(browser.state.loading?.heldInput.count == 2)
    #expect(browser.state.message?.text == "waiting for the corpus to load…")
    _ = browser.perform(.corpusLoaded(Built(Self.full, revision: 0)))
    #expect(browser.state.selection == 1_998, "G, then k, on the loaded corpus")
    #expect(browser.state.view == .detail)
    #expect(Self.screen(browser).contains("Passage number"), "after the check, the quotes show")
  }

  @Test func aMoveOntoThePreviewsLastEventWaits() {
    var browser = Self.started()
    for _ in 0..<198 { _ = browser.press("j") }
    #expect(browser.state.selection == 198)
    _ = browser.press("j")  // the last preview event: what follows it is not known yet
    #expect(browser.state.selection == 198)
    #expect(browser.state.loading?.held == [.move(.lineDown)])
    _ = browser.perform(.corpusLoaded(Built(Self.full, revision: 0)))
    #expect(browser.state.selection == 199)
  }

  @Test func quotesAreNotShownBeforeTheirCheck() {
    var browser = Self.started(width: 160)  // wide: the detail pane shows beside the list
    let screen = Self.screen(browser)
    #expect(screen.contains("not yet checked against their articles"))
    #expect(!screen.contains("Passage number"))
    _ = browser.perform(.corpusLoaded(Built(Self.full, revision: 0)))
    #expect(Self.screen(browser).contains("Passage number"))
    #expect(!Self.screen(browser).contains("not yet checked"))
  }

  @Test func theSelectionKeepsItsEventWhenPositionsChange() {
    // A file whose first events were in order but whose whole list is not: the loaded corpus
    // has events before the preview's; the selection stays on the same event, by id.
    var events = Array(Self.full.events)
    for index in 0..<50 {
      events.append(
        Event(
          id: "early\(index)", start: EDTFDate(.fixture(1990)), display: "1990", kind: .report, title: "Early \(index)",
          summary: "", themes: [], citations: [Citation(article: "bulk", quote: "Passage number one.")]))
    }
    let loaded = Corpus(articles: Self.full.articles, events: events, themes: Self.full.themes)
    var browser = Self.started()
    _ = browser.press("jjj")
    let id = browser.state.selectedEvent.map { browser.state.library.corpus.events.id(at: $0) }
    _ = browser.perform(.corpusLoaded(Built(loaded, revision: 0)))
    #expect(browser.state.selectedEvent.map { browser.state.library.corpus.events.id(at: $0) } == id)
    #expect(browser.state.selection == 53)
  }

  @Test func aLoadForAnotherRevisionIsDropped() {
    var browser = Self.started()
    #expect(browser.perform(.corpusLoaded(Built(Self.full, revision: 7))).isEmpty)
    #expect(browser.state.loading != nil)
    #expect(browser.state.library.corpus.events.count == 200)
    #expect(browser.perform(.corpusLoadFailed("late", status: 65)) == [.loadFailed("late", status: 65)])
  }

  @Test func aFailedLoadEndsTheBrowserWithItsMessage() {
    var browser = Self.started()
    _ = browser.press("G")
    let message = "cannot load the corpus at /x (1 problem):\nevents.json: bad"
    #expect(browser.perform(.corpusLoadFailed(message, status: 65)) == [.loadFailed(message, status: 65)])
    // Once loaded, no failure can come: a stray one is ignored.
    var loaded = Self.started()
    _ = loaded.perform(.corpusLoaded(Built(Self.full, revision: 0)))
    #expect(loaded.perform(.corpusLoadFailed(message, status: 65)).isEmpty)
  }

  @Test func quittingDuringTheLoadIsImmediate() {
    var browser = Self.started()
    #expect(browser.press("q") == [.quit], "q on the timeline quits, as ever")
    var held = Self.started()
    _ = held.press("/")
    #expect(held.press("Q") == [.quit], "Q quits even with keys held")
    #expect(held.perform(.interrupt) == [.interrupt])
  }

  @Test func keysAfterAHeldPromptAreThePromptsText() {
    var browser = Self.started()
    _ = browser.press("/mer")  // `m` and `e` are timeline keys too: they must reach the prompt
    #expect(browser.state.prompt == nil)
    #expect(browser.state.marks.isEmpty)
    _ = browser.perform(.corpusLoaded(Built(Self.full, revision: 0)))
    #expect(browser.state.prompt?.mode == .search)
    #expect(browser.state.prompt?.text == "mer")
    #expect(browser.state.marks.isEmpty)
  }

  @Test(arguments: [
    ([], "loading… (quotes not yet checked)"),
    ([0], "loading… 0% (quotes not yet checked)"),
    ([120, 260], "loading… 38% (quotes not yet checked)"),  // the loading threads' runs add up
    ([389], "loading… 38% (quotes not yet checked)"),
    ([995, 5], "loading… 100% (quotes not yet checked)"),
  ])
  func theStatusLineSaysHowMuchOfTheFileIsReadAndChecked(runs: [Int], text: String) {
    var browser = Self.started()
    _ = browser.press("G")  // held: its message stays while the load reports
    for bytes in runs { #expect(browser.perform(.corpusLoadProgress(bytes: bytes, total: 1_000)).isEmpty) }
    #expect(Self.screen(browser).contains(text))
    #expect(browser.state.message?.text == "waiting for the corpus to load…")
    _ = browser.perform(.corpusLoaded(Built(Self.full, revision: 0)))
    _ = browser.perform(.corpusLoadProgress(bytes: 500, total: 1_000))  // late: nothing is loading any more
    #expect(browser.state.loading == nil)
    #expect(!Self.screen(browser).contains("loading"))
    #expect(browser.state.selection == 1_999)
  }
}
