/// The on-disk shapes of a corpus folder: `manifest.json`, `events.json`, `themes.json`.
///
/// See `docs/data-format.md`. These mirror the JSON exactly; `Corpus+Loading` turns them
/// into model values.
public enum CorpusFiles {
  public static let manifest = "manifest.json"
  public static let events = "events.json"
  public static let themes = "themes.json"
  public static let articlesFolder = "articles"
  /// The `format_version` this program reads; a file with another is refused, never misread.
  public static let readableVersion = 1

  /// `manifest.json`: the articles' metadata.
  public struct Manifest: Codable, Sendable, VersionedFile {
    public var formatVersion: Int
    public var articles: [ArticleEntry]
    enum CodingKeys: String, CodingKey {
      case formatVersion = "format_version"
      case articles
    }
  }

  /// One article's metadata in `manifest.json`.
  public struct ArticleEntry: Codable, Sendable {
    public var id: String
    public var title: String
    public var titleSupplied: Bool?
    public var outlet: String
    public var authors: [String]
    public var published: EDTFDate?
    public var publishedDisplay: String
    public var dateBasis: String
    public var origin: String
    enum CodingKeys: String, CodingKey {
      case id, title, outlet, authors, published, origin
      case titleSupplied = "title_supplied"
      case publishedDisplay = "published_display"
      case dateBasis = "date_basis"
    }
  }

  /// `events.json`: the curated chronology.
  public struct EventsFile: Codable, Sendable, Equatable, VersionedFile {
    public var formatVersion: Int
    public var events: [Event]
    /// The citations of proposals a person rejected, so that a rebuild does not bring them back
    /// (omitted when there are none).
    public var rejected: [Citation]?

    public init(formatVersion: Int = 1, events: [Event], rejected: [Citation]? = nil) {
      self.formatVersion = formatVersion
      self.events = events
      self.rejected = rejected
    }

    enum CodingKeys: String, CodingKey {
      case formatVersion = "format_version"
      case events, rejected
    }
  }

  /// `themes.json`: the theme taxonomy.
  public struct ThemesFile: Codable, Sendable, VersionedFile {
    public var formatVersion: Int
    public var themes: [Theme]
    enum CodingKeys: String, CodingKey {
      case formatVersion = "format_version"
      case themes
    }
  }
}

protocol VersionedFile {
  var formatVersion: Int { get }
}
