import CronicaModel

/// What `e` asks the host to write: the events of the current view, a path and a format.
public struct ExportRequest: Hashable, Sendable {
  /// The file to write, as typed (relative to the current directory unless absolute).
  public var path: String
  /// The format, picked from the path's extension.
  public var format: ExportFormat
  /// Corpus positions of the events to write, in corpus order.
  public var events: [Int]
  /// True once the user agreed to replace an existing file (`e` asks first, as lazygit does).
  public var overwrite: Bool

  public init(path: String, format: ExportFormat, events: [Int], overwrite: Bool = false) {
    self.path = path
    self.format = format
    self.events = events
    self.overwrite = overwrite
  }

  public static let defaultPath = "cronica-export.json"

  /// The format a file name asks for: `.json`, `.csv`, `.md`, `.timelinejs.json`, `.timelinejs.csv`,
  /// `.svg`, `.html`.
  ///
  /// Nil when the extension is none of these.
  public static func format(forPath path: String) -> ExportFormat? {
    let name = path.lowercased()
    if name.hasSuffix(".timelinejs.json") { return .timelinejs }
    if name.hasSuffix(".timelinejs.csv") { return .timelinejsCSV }
    if name.hasSuffix(".json") { return .json }
    if name.hasSuffix(".csv") { return .csv }
    if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
    if name.hasSuffix(".svg") { return .svg }
    if name.hasSuffix(".html") || name.hasSuffix(".htm") { return .html }
    return nil
  }
}
