/// The TimelineJS 3 JSON format, as documented at timeline.knightlab.com/docs/json-format.html.
///
/// Unknown fields are ignored. Date parts may be strings or numbers, as TimelineJS accepts both.
/// The optional `cronica` fields carry what TimelineJS has no place for (all theme keys, kind,
/// summary) so that an export imports back unchanged; TimelineJS ignores them.
public struct TimelineJSFile: Codable, Sendable {
  public var title: Slide?
  public var events: [Slide]
  /// Named periods; each needs a start and an end date.
  public var eras: [Slide]?
  /// `human` or `cosmological`.
  public var scale: String?
  public var cronica: FileExtension?

  /// One slide (an event, the title or an era).
  public struct Slide: Codable, Sendable {
    /// When the slide begins (required for events and eras).
    public var startDate: DateParts?
    public var endDate: DateParts?
    public var text: Text?
    public var media: Media?
    /// The row group; Cronica maps groups to themes.
    public var group: String?
    /// The date as the slide shows it, overriding the computed one.
    public var displayDate: String?
    /// A stable id; Cronica uses it as the event id.
    public var uniqueID: String?
    /// Cronica's own fields; TimelineJS ignores them.
    public var cronica: SlideExtension?

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
    public var month: Part?
    public var day: Part?
    public var hour: Part?
    public var minute: Part?
    public var second: Part?
    /// The millisecond (checked, then ignored).
    public var millisecond: Part?
    /// The date as shown, overriding the computed one.
    public var displayDate: String?

    enum CodingKeys: String, CodingKey {
      case year, month, day, hour, minute, second, millisecond
      case displayDate = "display_date"
    }
  }

  /// One date part: a JSON string or number, kept as text until it is checked.
  public struct Part: Codable, Sendable, Hashable {
    /// The part as written (`"2019"`, `"-500"`, `"13800000000"`, `"3.5"`).
    public var text: String

    public init(_ text: String) { self.text = text }

    public init(_ value: Int) { self.text = String(value) }

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
    public var headline: String?
    public var text: String?
  }

  /// A slide's media: the address and its caption and credit (HTML).
  public struct Media: Codable, Sendable {
    public var url: String?
    public var caption: String?
    public var credit: String?
    public var thumbnail: String?
  }

  /// What Cronica adds at the top level: the full theme taxonomy.
  public struct FileExtension: Codable, Sendable {
    /// The version of Cronica's extension, 1.
    public var formatVersion = 1
    public var themes: [Theme]

    enum CodingKeys: String, CodingKey {
      case themes
      case formatVersion = "format_version"
    }
  }

  /// What Cronica adds to a slide: every theme key, the kind and the summary.
  public struct SlideExtension: Codable, Sendable {
    /// Every theme key of the event (the group holds only the first theme's label).
    public var themes: [String]?
    public var kind: String?
    /// The event's summary as plain text.
    public var summary: String?
  }
}
