/// What kind of source a corpus was opened from.
public enum CorpusSource: String, Hashable, Sendable {
  /// A bundled-layout folder (`manifest.json`, `events.json`, `themes.json`, `articles/`).
  case bundledLayout
  /// A user folder of `.md`/`.txt` articles with front matter, optional `events.json`/`themes.json`.
  case userFolder
  case timelineJSON
  /// A TimelineJS spreadsheet exported as CSV.
  case timelineCSV
}

/// A corpus opened from disk, with the warnings that did not stop it from loading.
public struct OpenedCorpus: Sendable {
  /// The loaded, validated corpus.
  public var corpus: Corpus
  /// Things worth telling the user (`validate` prints them), such as an article without front matter.
  public var warnings: [CorpusProblem]
  /// What the path turned out to be.
  public var source: CorpusSource
  /// True when the corpus was opened from its snapshot rather than loaded from its files.
  public var fromSnapshot = false
  /// Where to save this corpus's snapshot once its index is built (nil: it gets none).
  public var snapshotRequest: SnapshotRequest?
  /// How the relative dates of each article are read (`mode` in a user article's front matter).
  public var articleModes: [String: TemporalMode] = [:]

  public init(corpus: Corpus, warnings: [CorpusProblem] = [], source: CorpusSource) {
    self.corpus = corpus
    self.warnings = warnings
    self.source = source
  }
}
