public enum ExportFormat: String, CaseIterable, Sendable {
  /// Cronica's own JSON, with `format_version`, themes, eras, events and the cited articles.
  case json
  /// One row per event, RFC 4180, formula-like cells defused.
  case csv
  /// A readable chronology with quotes.
  case markdown
  /// TimelineJS 3 JSON (title slide, one slide per event, themes as groups).
  case timelinejs
  /// The TimelineJS Google Sheets layout as CSV.
  case timelinejsCSV = "timelinejs-csv"
  case svg
  /// One self-contained HTML page: the picture, then every event with its quotes.
  case html

  /// True for the picture formats, which take `PictureOptions`.
  public var isPicture: Bool { self == .svg || self == .html }
}

public struct ExportError: Error, Sendable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) { self.description = description }
}
