import CronicaModel

/// Work the browser hands to its host to do off the loop's thread (Bubble Tea's `Cmd`): the
/// host runs `run()` on a thread of its own and feeds the action it returns back into the loop
/// (the `Msg`), so the state only ever changes in `reduce`.
public struct BackgroundWork: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// The search index (`.indexReady`).
    case index
    /// Whether a snapshot's content matches its checksum (`.snapshotChecked`).
    case snapshotCheck
  }

  public let kind: Kind
  let corpus: Corpus
  /// The library revision the result belongs to (`Library.revision`).
  let revision: Int

  /// Computes the result, on whatever thread calls it, as the action that delivers it.
  public func run() -> Action {
    switch kind {
    case .index:
      let index = EventIndex(corpus: corpus)
      index.prefetch()  // a snapshot's: bring it in now, not page by page during the first search
      return .indexReady(Built(index, revision: revision))
    case .snapshotCheck:
      return .snapshotChecked(intact: corpus.events.contentIntact())
    }
  }

  /// The same work for the same library (the corpus is not compared: the revision names it).
  public static func == (a: BackgroundWork, b: BackgroundWork) -> Bool { a.kind == b.kind && a.revision == b.revision }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(revision)
  }
}

/// The result of background work for one library revision.
///
/// A class compared by identity, so that the `Action` carrying it stays `Hashable` (an index is
/// not); each result is a new value from the work.
public final class Built<Value: Sendable>: Hashable, Sendable {
  public let value: Value
  /// The `Library.revision` it was computed for.
  public let revision: Int

  public init(_ value: Value, revision: Int) {
    self.value = value
    self.revision = revision
  }

  public static func == (a: Built, b: Built) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
