import CronicaModel

/// The work the first frame does not need, done off the loop's thread and delivered as actions.
extension AppState {
  /// What the user is told when the snapshot being shown turns out damaged.
  static let damagedSnapshotMessage = Message(
    text: "the corpus snapshot is damaged (removed): quit and open the corpus again to read its files",
    isError: true)

  /// `.startBackgroundWork`: the work whose results are not there yet, once per library.
  mutating func startBackgroundWork() -> [Effect] {
    guard !library.backgroundStarted else { return [] }
    library.backgroundStarted = true
    // A preview gets no index: the whole corpus is loaded instead, and gets one when it arrives.
    if loading != nil { return [.loadCorpus(revision: library.revision)] }
    // The check answers at once for events this process built (no snapshot to read).
    let kinds: [BackgroundWork.Kind] = library.index == nil ? [.index, .snapshotCheck] : [.snapshotCheck]
    return kinds.map { .background(BackgroundWork(kind: $0, corpus: library.corpus, revision: library.revision)) }
  }

  /// Whether the search index is there for a key. Until the background work starts (tests, a
  /// corpus a curation step replaced) the key builds it; from then on it waits for `.indexReady`,
  /// so what a key does depends on the state, never on how far another thread has got.
  mutating func indexIsReady() -> Bool {
    if library.index != nil { return true }
    if library.backgroundStarted { return false }
    library.index = EventIndex(corpus: library.corpus)
    return true
  }
}
