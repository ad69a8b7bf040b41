import CronicaModel

/// The full corpus still loading behind a preview of its first events (a large corpus folder
/// opened without a current snapshot): what the browser holds until it arrives.
public struct CorpusLoading: Hashable, Sendable {
  /// What a key that needs the whole corpus asked for, run once it is there.
  public internal(set) var held: [Action] = []
  /// The input that came after it, kept as it came: it is mapped to actions only once the held
  /// action has run (after `/`, letters are the prompt's text, not the timeline's keys).
  public internal(set) var heldInput: [InputEvent] = []
  /// How much of `events.json` the load has read and checked, in whole percent (nil: none yet).
  public internal(set) var percent: Int?
  private var bytesRead = 0

  /// `.corpusLoadProgress`: the loading threads' runs of bytes add up.
  mutating func read(_ bytes: Int, of total: Int) {
    bytesRead += bytes
    percent = min(100, bytesRead * 100 / max(1, total))
  }
}

extension AppState {
  /// What the status line says while the corpus loads: nothing shown is checked yet.
  var loadingText: String? {
    loading.map { "loading… \($0.percent.map { "\($0)% " } ?? "")(quotes not yet checked)" }
  }

  /// While the corpus loads: nil when `action` runs now on the preview, else what it did
  /// (held for the loaded corpus, or dropped). Moves run on the preview while they stay inside
  /// it; anything that needs the whole corpus (its end, years, search, themes, quotes, articles)
  /// waits, and so does every key after one that waits, so that keys keep their order.
  mutating func whileLoading(_ action: Action) -> [Effect]? {
    guard var loading else { return nil }
    switch action {
    case .quit, .interrupt, .suspend, .resize, .notify, .setMarks, .setSearchHistory, .setDisplay,
      .startBackgroundWork, .indexReady, .snapshotChecked, .corpusLoaded, .corpusLoadProgress, .corpusLoadFailed,
      .curated, .askOverwrite:
      return nil
    case .click where loading.held.isEmpty, .showHelp where loading.held.isEmpty:
      return nil  // a click names a row on screen now: it cannot wait
    case .click:
      message = Message(text: "still loading: the click was not applied", isError: false)
      return []
    case .close where loading.held.isEmpty, .cancel where loading.held.isEmpty,
      .toggleSidePane where loading.held.isEmpty:
      return nil  // only the timeline and help are open while loading: `q` quits or closes help
    case .move, .wheel:
      if loading.held.isEmpty, view == .help || staysInsidePreview(action) { return nil }
    default: break
    }
    loading.held.append(action)
    self.loading = loading
    message = Message(text: Self.waitingMessage, isError: false)
    return []
  }

  /// Whether a move on the timeline leaves the selection short of the preview's last event
  /// (beyond it the loaded corpus decides), or `q`/Esc only closes something.
  private func staysInsidePreview(_ action: Action) -> Bool {
    guard view == .timeline else { return false }
    switch action {
    case .move(.bottom), .move(.nextYear), .move(.previousYear): return false
    default:
      var trial = self
      trial.loading = nil
      _ = trial.reduce(action)
      return trial.selection < filtered.count - 1
    }
  }

  /// `.corpusLoaded`: the whole corpus replaces the preview (a new library revision). The
  /// selection stays on the same event (by id), the index starts building, and the
  /// held keys run in order; a load for another revision is dropped.
  mutating func corpusLoaded(_ built: Built<Corpus>) -> [Effect] {
    guard let loading, built.revision == library.revision else { return [] }
    let events = library.corpus.events
    let selectedID = selectedEvent.map { events.id(at: $0) }
    let oldPosition = selectedEvent
    let rowOnScreen = row(ofFiltered: selection) - listScroll
    replaceLibrary(with: built.value)
    self.loading = nil
    shownThemes = Array(library.corpus.themes.indices)
    let loaded = library.corpus.events
    if let selectedID {
      // A file in chronological order keeps every position: check that before searching.
      if let oldPosition, oldPosition < loaded.count, loaded.id(at: oldPosition) == selectedID {
        anchor = oldPosition
      } else {
        anchor = library.position(ofEvent: selectedID)
      }
    }
    setMarks(marks)
    applyQuery()
    listScroll = max(0, row(ofFiltered: selection) - rowOnScreen)
    scrollListToSelection()
    if message?.text == Self.waitingMessage { message = nil }
    var effects = startBackgroundWork()
    for action in loading.held { effects += reduce(action) }
    return effects
  }

  /// A library on `corpus` (a new revision) replaces the current one: everything computed from
  /// the old events goes, since positions now mean the new events.
  mutating func replaceLibrary(with corpus: Corpus) {
    library = Library(corpus: corpus, revision: library.revision + 1)
    filteredQuery = nil
    filteredMarks = nil
    themeCountsSearch = nil
    themeSearchMatches = nil
    searchComputedFor = nil
  }

  /// What a held key says.
  static let waitingMessage = "waiting for the corpus to load…"
}
