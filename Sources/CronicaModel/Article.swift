/// One source article: its metadata and its text, raw as collected and cleaned for reading.
public struct Article: Hashable, Sendable, Identifiable {
  /// Stable identifier used by citations (`2017-05-wayne-national-interest`).
  public var id: String
  public var title: String
  /// True when the text carries no title and ours is descriptive.
  public var titleSupplied: Bool
  public var outlet: String
  /// Authors exactly as the text names them; empty when it names none.
  public var authors: [String]
  /// The publication date as tight as the evidence allows (EDTF: `2020-08/2020-12`); nil when unknown.
  public var published: EDTFDate?
  /// The publication date as people should read it ("late May 2017").
  public var publishedDisplay: String
  /// The evidence for the publication date.
  public var dateBasis: String
  /// The raw file's name.
  public var origin: String
  /// What the stripped author bios said, kept as metadata.
  public var authorNotes: [String]
  /// The cleaned text that people read and citations quote.
  public var text: String
  /// Where the article can be read online (http/https), when known.
  public var url: String?

  public init(
    id: String, title: String, titleSupplied: Bool = false, outlet: String, authors: [String],
    published: EDTFDate?, publishedDisplay: String, dateBasis: String, origin: String,
    authorNotes: [String] = [], text: String, url: String? = nil
  ) {
    self.id = id
    self.title = title
    self.titleSupplied = titleSupplied
    self.outlet = outlet
    self.authors = authors
    self.published = published
    self.publishedDisplay = publishedDisplay
    self.dateBasis = dateBasis
    self.origin = origin
    self.authorNotes = authorNotes
    self.text = text
    self.url = url
  }
}
