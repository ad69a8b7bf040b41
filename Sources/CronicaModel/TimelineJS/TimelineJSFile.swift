/// The TimelineJS 3 JSON format, as documented at timeline.knightlab.com/docs/json-format.html.
///
/// Unknown fields are ignored. Date parts may be strings or numbers, as TimelineJS accepts both.
/// The optional `cronica` fields carry what TimelineJS has no place for (all theme keys, kind,
/// summary) so that an export imports back unchanged; TimelineJS ignores them.
public struct TimelineJSFile: Codable, Sendable {
  /// The title slide.
  public var title: Slide?
  /// The event slides.
  public var events: [Slide]
  /// Named periods; each needs a start and an end date.
  public var eras: [Slide]?
  /// `human` or `cosmological`.
  public var scale: String?
  /// Cronica's own additions.
  public var cronica: FileExtension?

  /// Creates a file.
  public init(title: Slide?, events: [Slide], eras: [Slide]? = nil, scale: String? = nil, cronica: FileExtension? = nil)
  {
    self.title = title
    self.events = events
    self.eras = eras
    self.scale = scale
    self.cronica = cronica
  }

  /// One slide (an event, the title or an era).
  public struct Slide: Codable, Sendable {
    /// When the slide begins (required for events and eras).
    public var startDate: DateParts?
    /// When it ends, for periods.
    public var endDate: DateParts?
    /// The headline and text (HTML).
    public var text: Text?
    /// The media shown with the slide.
    public var media: Media?
    /// The row group; Cronica maps groups to themes.
    public var group: String?
    /// The date as the slide shows it, overriding the computed one.
    public var displayDate: String?
    /// A stable id; Cronica uses it as the event id.
    public var uniqueID: String?
    /// Cronica's own fields; TimelineJS ignores them.
    public var cronica: SlideExtension?

    /// Creates a slide.
    public init(
      startDate: DateParts? = nil, endDate: DateParts? = nil, text: Text? = nil, media: Media? = nil,
      group: String? = nil, displayDate: String? = nil, uniqueID: String? = nil, cronica: SlideExtension? = nil
    ) {
      self.startDate = startDate
      self.endDate = endDate
      self.text = text
      self.media = media
      self.group = group
      self.displayDate = displayDate
      self.uniqueID = uniqueID
      self.cronica = cronica
    }

    enum CodingKeys: String, CodingKey {
      case text, media, group, cronica
      case startDate = "start_date"
      case endDate = "end_date"
      case displayDate = "display_date"
      case uniqueID = "unique_id"
    }
  }

  /// A date as year, month, day, hour, minute, second, millisecond (any subset, year first).
  public struct DateParts: Codable, Sendable {
    /// The year; required.
    public var year: Part?
    /// The month, 1–12.
    public var month: Part?
    /// The day of the month.
    public var day: Part?
    /// The hour, 0–23.
    public var hour: Part?
    /// The minute.
    public var minute: Part?
    /// The second.
    public var second: Part?
    /// The millisecond (checked, then ignored).
    public var millisecond: Part?
    /// The date as shown, overriding the computed one.
    public var displayDate: String?

    /// Creates a date from its parts.
    public init(
      year: Part? = nil, month: Part? = nil, day: Part? = nil, hour: Part? = nil, minute: Part? = nil,
      second: Part? = nil, millisecond: Part? = nil, displayDate: String? = nil
    ) {
      self.year = year
      self.month = month
      self.day = day
      self.hour = hour
      self.minute = minute
      self.second = second
      self.millisecond = millisecond
      self.displayDate = displayDate
    }

    enum CodingKeys: String, CodingKey {
      case year, month, day, hour, minute, second, millisecond
      case displayDate = "display_date"
    }
  }

  /// One date part: a JSON string or number, kept as text until it is checked.
  public struct Part: Codable, Sendable, Hashable {
    /// The part as written (`"2019"`, `"-500"`, `"13800000000"`, `"3.5"`).
    public var text: String

    /// A part from text.
    public init(_ text: String) { self.text = text }

    /// A part from a whole number.
    public init(_ value: Int) { self.text = String(value) }

    /// Decodes a JSON number, string or null.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Int.self) {
        text = String(value)
      } else if let value = try? container.decode(Double.self) {
        text = value == value.rounded() && value.magnitude < 1e18 ? String(Int(value)) : String(value)
      } else if let value = try? container.decode(String.self) {
        text = value
      } else if container.decodeNil() {
        text = ""
      } else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a number or a string")
      }
    }

    /// Encodes whole numbers as JSON numbers, anything else as a string.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      if let value = Int(text) { try container.encode(value) } else { try container.encode(text) }
    }
  }

  /// A slide's headline and text, both HTML.
  public struct Text: Codable, Sendable {
    /// The headline (HTML).
    public var headline: String?
    /// The body (HTML).
    public var text: String?

    /// Creates a text.
    public init(headline: String? = nil, text: String? = nil) {
      self.headline = headline
      self.text = text
    }
  }

  /// A slide's media: the address and its caption and credit (HTML).
  public struct Media: Codable, Sendable {
    /// The media address (image, video, page…).
    public var url: String?
    /// The caption (HTML).
    public var caption: String?
    /// Who to credit (HTML).
    public var credit: String?
    /// A thumbnail address.
    public var thumbnail: String?

    /// Creates a media reference.
    public init(url: String? = nil, caption: String? = nil, credit: String? = nil, thumbnail: String? = nil) {
      self.url = url
      self.caption = caption
      self.credit = credit
      self.thumbnail = thumbnail
    }
  }

  /// What Cronica adds at the top level: the full theme taxonomy.
  public struct FileExtension: Codable, Sendable {
    /// The version of Cronica's extension, 1.
    public var formatVersion: Int
    /// The full theme taxonomy.
    public var themes: [Theme]

    /// Creates the extension.
    public init(formatVersion: Int = 1, themes: [Theme]) {
      self.formatVersion = formatVersion
      self.themes = themes
    }

    enum CodingKeys: String, CodingKey {
      case themes
      case formatVersion = "format_version"
    }
  }

  /// What Cronica adds to a slide: every theme key, the kind and the summary.
  public struct SlideExtension: Codable, Sendable {
    /// Every theme key of the event (the group holds only the first theme's label).
    public var themes: [String]?
    /// The event's kind.
    public var kind: String?
    /// The event's summary as plain text.
    public var summary: String?

    /// Creates the extension.
    public init(themes: [String]? = nil, kind: String? = nil, summary: String? = nil) {
      self.themes = themes
      self.kind = kind
      self.summary = summary
    }
  }
}
