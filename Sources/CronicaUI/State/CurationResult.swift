import CronicaModel

/// What the host did with a curation step: the corpus as it is now, how to undo the step, the
/// event to select and what to tell the user.
///
/// A class compared by identity, so that the `Action` carrying it stays `Hashable` (a corpus is
/// not); each result is a new value from the host.
public final class CurationResult: Hashable, Sendable {
  /// The corpus with the folder's events.json as written.
  public let corpus: Corpus
  /// How to undo the step; nil when the step was itself an undo.
  public let undo: CurationUndo?
  /// The id of the event to select.
  public let focus: String?
  /// What was done, for the message line.
  public let message: String

  public init(corpus: Corpus, undo: CurationUndo?, focus: String?, message: String) {
    self.corpus = corpus
    self.undo = undo
    self.focus = focus
    self.message = message
  }

  public static func == (a: CurationResult, b: CurationResult) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
