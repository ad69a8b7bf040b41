import CronicaSystem
import Foundation

/// Renders a chronology (all events or a filtered, marked selection) in an export format.
public enum CorpusExport {
  /// The bytes of `events` (default: all events of `corpus`) in `format`.
  public static func data(
    of corpus: Corpus, events: [Event]? = nil, format: ExportFormat, picture: PictureOptions = PictureOptions()
  ) throws(ExportError) -> Data {
    var selected: [Event] { events ?? Array(corpus.events) }
    switch format {
    case .json: return try encode(PlainFile(corpus: corpus, events: selected))
    case .csv: return Data(csv(corpus: corpus, events: selected).utf8)
    case .markdown: return Data(markdown(corpus: corpus, events: selected).utf8)
    case .timelinejs: return try encode(timelineFile(corpus: corpus, events: selected))
    case .timelinejsCSV: return Data(timelineCSV(corpus: corpus, events: selected).utf8)
    case .svg, .html:
      // Pictures group events by year and lay them out left to right: chronological order.
      let selection =
        events.map {
          Corpus(articles: corpus.articles, events: $0, themes: corpus.themes, title: corpus.title, eras: corpus.eras)
        } ?? corpus
      return try data(of: selection, positions: Array(selection.events.indices), format: format, picture: picture)
    }
  }

  /// The bytes of the events of `corpus` at `positions` in `format`; Markdown names the filters
  /// of `picture.filterNote`. The picture formats read
  /// only the dates and themes of a selection too large to draw event by event (density bands),
  /// so a mapped corpus of a million events is not built into memory for them.
  public static func data(
    of corpus: Corpus, positions: [Int], format: ExportFormat, picture: PictureOptions = PictureOptions()
  ) throws(ExportError) -> Data {
    if format == .markdown {
      let events = positions.map { corpus.events[$0] }
      return Data(markdown(corpus: corpus, events: events, filterNote: picture.filterNote).utf8)
    }
    guard format.isPicture else {
      return try data(of: corpus, events: positions.map { corpus.events[$0] }, format: format)
    }
    let drawn = TimelinePicture(corpus: corpus, positions: positions, options: picture)
    return Data((format == .svg ? drawn.svgDocument() : drawn.htmlDocument()).utf8)
  }

  /// Renders and writes atomically: an interrupted export never leaves a half-written file.
  public static func write(
    _ corpus: Corpus, events: [Event]? = nil, format: ExportFormat, to url: URL
  ) throws(ExportError) {
    let bytes = try data(of: corpus, events: events, format: format)
    do {
      try FileWriter.write(bytes, to: url.path)
    } catch {
      throw ExportError(error.description)
    }
  }

  /// Pretty, stable JSON ending in a newline (keys sorted, slashes unescaped): how the exports,
  /// the CLI's `--format json`, the marks and the search history are written.
  public static func json(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value) + Data("\n".utf8)
  }

  static func encode(_ value: some Encodable) throws(ExportError) -> Data {
    do {
      return try json(value)
    } catch {
      throw ExportError("cannot encode the export: \(error)")
    }
  }

  /// The articles cited by `events`, in corpus order.
  static func citedArticles(_ corpus: Corpus, _ events: [Event]) -> [Article] {
    let cited = Set(events.flatMap { $0.citations.map(\.article) })
    return corpus.articles.filter { cited.contains($0.id) }
  }

  /// The corpus's articles by id (the first of a duplicated id), for constant-time lookups.
  static func articleLookup(_ corpus: Corpus) -> [String: Article] {
    Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// `Title, Outlet, March 2019` for a citation's source.
  static func sourceLine(_ article: Article?, id: String) -> String {
    guard let article else { return id }
    return [article.title, article.outlet, article.publishedDisplay].filter { !$0.isEmpty }.joined(separator: ", ")
  }

  /// The `json` format.
  struct PlainFile: Encodable {
    var formatVersion = 1
    var title: String?
    var themes: [Theme]
    var eras: [Era]
    var events: [EventEntry]
    var articles: [ArticleEntry]

    init(corpus: Corpus, events: [Event]) {
      title = corpus.title
      themes = corpus.themes
      eras = corpus.eras
      self.events = events.map(EventEntry.init)
      articles = CorpusExport.citedArticles(corpus, events).map { ArticleEntry($0) }
    }

    enum CodingKeys: String, CodingKey {
      case title, themes, eras, events, articles
      case formatVersion = "format_version"
    }
  }

  /// An event in the `json` format: its fields as in `events.json`, plus `earliest` and
  /// `latest`, the days its dates allow (ISO `YYYY-MM-DD`; null for an open end).
  struct EventEntry: Encodable {
    var event: Event

    func encode(to encoder: any Encoder) throws { try event.encodeWithBounds(to: encoder) }
  }

  /// An article's metadata as every JSON output gives it (the cited articles of the `json`
  /// format, `sources`; `read` adds the `text`), with the days its publication date allows
  /// (`published_earliest`, `published_latest`). Every key is there, null when unknown.
  public struct ArticleEntry: Encodable {
    public var article: Article
    public var includeText = false

    public init(_ article: Article, includeText: Bool = false) {
      self.article = article
      self.includeText = includeText
    }

    enum CodingKeys: String, CodingKey {
      case id, title, outlet, authors, published, origin, text, url
      case publishedEarliest = "published_earliest"
      case publishedLatest = "published_latest"
      case titleSupplied = "title_supplied"
      case publishedDisplay = "published_display"
      case dateBasis = "date_basis"
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(article.id, forKey: .id)
      try container.encode(article.title, forKey: .title)
      try container.encode(article.titleSupplied, forKey: .titleSupplied)
      try container.encode(article.outlet, forKey: .outlet)
      try container.encode(article.authors, forKey: .authors)
      try container.encode(article.published?.edtf, forKey: .published)
      try container.encode(article.published?.earliest.iso, forKey: .publishedEarliest)
      try container.encode(article.published?.latest.iso, forKey: .publishedLatest)
      try container.encode(article.publishedDisplay, forKey: .publishedDisplay)
      try container.encode(article.dateBasis, forKey: .dateBasis)
      try container.encode(article.origin, forKey: .origin)
      try container.encode(article.url, forKey: .url)
      if includeText { try container.encode(article.text, forKey: .text) }
    }
  }
}
