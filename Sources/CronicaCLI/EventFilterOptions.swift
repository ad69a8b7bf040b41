import ArgumentParser
import CronicaModel
import CronicaTerminal
import CronicaUI

/// The event filters shared by `list` and `export`: themes, kinds, a date window, a search and marks.
public struct EventFilterOptions: ParsableArguments, Sendable {
  @Option(
    name: .customLong("theme"),
    help: ArgumentHelp(
      "Keep events with this theme: its key, label or one of its phrases, any case (repeatable).",
      valueName: "theme"))
  public var themes: [String] = []

  @Option(help: ArgumentHelp("Keep events whose dates reach this date or later.", valueName: "date"))
  public var from: String?

  @Option(help: ArgumentHelp("Keep events whose dates reach this date or earlier.", valueName: "date"))
  public var to: String?

  /// Text that must occur in the title, summary or a quote.
  @Option(help: ArgumentHelp("Keep events mentioning this text (case- and accent-insensitive).", valueName: "text"))
  public var search: String?

  @Option(name: .customLong("kind"), help: ArgumentHelp("Keep events of this kind (repeatable).", valueName: "kind"))
  public var kinds: [String] = []

  @Flag(help: "Keep only the events marked in the browser (m) for this corpus.")
  public var marked = false

  public init() {}

  /// Rejects malformed dates and an empty window before any corpus is loaded.
  public func validate() throws {
    let window: (PartialDate?, PartialDate?)
    do {
      window = (
        try from.map { text throws(CommandFailure) in try Self.parseDate(text, option: "--from") },
        try to.map { text throws(CommandFailure) in try Self.parseDate(text, option: "--to") }
      )
    } catch {
      throw ValidationError(error.message)
    }
    if let start = window.0, let end = window.1, end.lastDay < start.firstDay {
      throw ValidationError("--from \(start) is after --to \(end); no event could match")
    }
  }

  /// Parses a date option, naming the option and the expected forms on failure.
  static func parseDate(_ text: String, option: String) throws(CommandFailure) -> PartialDate {
    do {
      return try PartialDate(parsing: text)
    } catch {
      throw .usage("\(option): \(DisplayText.sanitizedLine(error.description))")
    }
  }

  /// Builds the query, checking themes and kinds against the corpus.
  func query(for corpus: Corpus) throws(CommandFailure) -> EventQuery {
    let lookup = ThemeLookup(themes: corpus.themes)
    var keys: Set<String> = []
    for value in themes {
      keys.formUnion(try Self.themeKeys(value, in: lookup))
    }
    let validKinds = Self.kinds(in: corpus)
    for kind in kinds where !validKinds.contains(kind) {
      throw .usage("unknown kind '\(DisplayText.sanitizedLine(kind))' (valid: \(validKinds.joined(separator: ", ")))")
    }
    return EventQuery(
      themes: keys,
      from: try from.map { text throws(CommandFailure) in try Self.parseDate(text, option: "--from") },
      to: try to.map { text throws(CommandFailure) in try Self.parseDate(text, option: "--to") },
      kinds: Set(kinds.map(EventKind.init(rawValue:))),
      search: search ?? "")
  }

  /// The theme keys a `--theme` value names (`ThemeLookup.resolve`), or a usage error that lists
  /// the ambiguous themes or suggests the nearest ones.
  static func themeKeys(_ value: String, in lookup: ThemeLookup) throws(CommandFailure) -> [String] {
    let shown = DisplayText.sanitizedLine(value)
    func described(_ keys: [String]) -> String {
      keys.compactMap { key in lookup.themes.first { $0.key == key } }
        .map { "\($0.key) (\(DisplayText.sanitizedLine($0.label)))" }.joined(separator: ", ")
    }
    switch lookup.resolve(value) {
    case .themes(let keys):
      return keys
    case .ambiguous(let keys):
      throw .usage("theme '\(shown)' could be any of: \(described(keys)); give one of their keys")
    case .unknown(let nearest) where nearest.isEmpty:
      let all = lookup.themes.map(\.key)
      throw .usage(
        "unknown theme '\(shown)' (\(Suggestions.choices(for: value, among: all, listedBy: "cronica themes")))")
    case .unknown(let nearest):
      throw .usage("unknown theme '\(shown)' (nearest: \(described(nearest)); see `cronica themes`)")
    }
  }

  /// The positions of the events of a corpus that pass the filters (in chronological order),
  /// the query used and the index built to answer it. `marks` are the ids marked in the browser
  /// (see `marks(chosen:in:)`), nil when `--marked` is not given.
  func selection(
    in corpus: Corpus, marks: Set<String>? = nil
  ) throws(CommandFailure) -> (positions: [Int], query: EventQuery, index: EventIndex) {
    let query = try query(for: corpus)
    let index = EventIndex(corpus: corpus)
    var positions = index.matches(query, in: corpus)
    if let marks { positions = positions.filter { marks.contains(corpus.events.id(at: $0)) } }
    return (positions, query, index)
  }

  /// With `--marked`, the ids marked in the browser for the corpus at the chosen path (nil: the
  /// bundled corpus), read from the same file the browser saves them to; nil without `--marked`.
  func marks(chosen: String?, in context: CommandContext) throws(CommandFailure) -> Set<String>? {
    guard marked else { return nil }
    let identity = Browse.marksIdentity(chosen: chosen)
    guard let store = MarksStore(identity: identity, environment: context.environment) else {
      throw .usage("--marked: cannot tell where the marks are saved (set HOME or XDG_STATE_HOME)")
    }
    let loaded = store.load()
    if let problem = loaded.problem { throw .data("--marked: " + DisplayText.sanitizedLine(problem)) }
    return loaded.marks
  }

  /// The filters in words (`theme Arms trafficking, from 2019, marked`); nil when there are none.
  func note(_ query: EventQuery, corpus: Corpus) -> String? {
    var parts: [String] = []
    if !query.themes.isEmpty {
      let labels = corpus.themes.filter { query.themes.contains($0.key) }.map(\.label)
      parts.append("theme " + labels.joined(separator: " or "))
    }
    if !query.kinds.isEmpty { parts.append("kind " + query.kinds.sorted().map(\.rawValue).joined(separator: " or ")) }
    if let from = query.from { parts.append("from \(from)") }
    if let to = query.to { parts.append("to \(to)") }
    if !query.search.isEmpty { parts.append("search \u{201C}\(query.search)\u{201D}") }
    if marked { parts.append("marked") }
    return parts.isEmpty ? nil : "filtered by " + parts.joined(separator: ", ")
  }

  /// The kinds a corpus accepts: the known ones, then any others its events use.
  static func kinds(in corpus: Corpus) -> [String] {
    var result = EventKind.known.map(\.rawValue)
    for kind in corpus.events.kindsInUse() where !result.contains(kind.rawValue) { result.append(kind.rawValue) }
    return result
  }
}
