/// The index data of a run of consecutive events, built by one core.
struct FoldedPiece: Sendable {
  /// The folded texts back to back.
  var bytes: [UInt8] = []
  /// Where each event's text ends in `bytes`.
  var ends: [Int] = []
  /// Each event's theme bits, `wordsPerEvent` words per event.
  var words: [UInt64] = []
  /// Whether each event's folded text is all ASCII (1) or not (0).
  var ascii: [UInt8] = []

  /// Folds and masks `events`.
  init(events: ArraySlice<Event>, themeBits: [String: Int], wordsPerEvent: Int) {
    ends.reserveCapacity(events.count)
    words.reserveCapacity(events.count * wordsPerEvent)
    ascii.reserveCapacity(events.count)
    for event in events {
      let first = words.count
      words += repeatElement(0, count: wordsPerEvent)
      for key in event.themes {
        if let bit = themeBits[key] { words[first + bit / 64] |= 1 << UInt64(bit % 64) }
      }
      let start = bytes.count
      if Self.appendLowercasedASCII(event, to: &bytes) {
        ascii.append(1)
      } else {
        bytes.removeSubrange(start...)
        let folded = TextFolding.fold(([event.title, event.summary] + event.citations.map(\.quote)).joined(separator: "\n"))
        bytes.append(contentsOf: folded.utf8)
        ascii.append(EventIndex.isASCII(folded) ? 1 : 0)
      }
      ends.append(bytes.count)
    }
  }

  /// Appends the event's title, summary and quotes, joined by newlines and lowercased, when all
  /// of them are ASCII (their folding is then exactly ASCII lowercasing); false otherwise.
  static func appendLowercasedASCII(_ event: Event, to bytes: inout [UInt8]) -> Bool {
    var first = true
    func append(_ text: String) -> Bool {
      if !first { bytes.append(0x0A) }
      first = false
      var text = text
      return text.withUTF8 { source in
        var union: UInt8 = 0
        for byte in source { union |= byte }
        guard union < 0x80 else { return false }
        bytes.append(contentsOf: source.lazy.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 })
        return true
      }
    }
    guard append(event.title), append(event.summary) else { return false }
    for citation in event.citations where !append(citation.quote) { return false }
    return true
  }
}
