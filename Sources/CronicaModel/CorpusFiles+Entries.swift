/// A decoded file that kept going past bad elements and remembers why each one failed.
protocol PartiallyDecoded {
  /// Why each element that could not be decoded failed, in file order.
  var decodingFailures: [DecodingError] { get }
}

extension CorpusFiles {
  /// `events.json` decoded one event at a time, so that every bad event is reported, not just the first.
  struct EventEntries: Decodable, PartiallyDecoded, VersionedFile {
    /// The file's `format_version` (the fast reader accepts only the readable one).
    var formatVersion = CorpusFiles.readableVersion
    /// The events that decoded, in file order.
    var events: [Event] = []
    /// The position in the file's `events` array of each decoded event.
    var fileIndices: [Int] = []
    var decodingFailures: [DecodingError] = []

    /// Accepts any JSON value; used to step over an element that failed to decode.
    fileprivate struct Skip: Decodable {
      init(from decoder: any Decoder) throws {}
    }
  }
}

extension CorpusFiles.EventEntries {
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CorpusFiles.EventsFile.CodingKeys.self)
    formatVersion = try container.decode(Int.self, forKey: .formatVersion)
    var list = try container.nestedUnkeyedContainer(forKey: .events)
    while !list.isAtEnd {
      let index = list.currentIndex
      do {
        events.append(try list.decode(Event.self))
        fileIndices.append(index)
      } catch let error as DecodingError {
        decodingFailures.append(error)
        if list.currentIndex == index { _ = try list.decode(Skip.self) }
      }
    }
  }
}
