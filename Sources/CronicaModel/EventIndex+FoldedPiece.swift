/// The folded text of a run of consecutive events, built by one core from the store's bytes.
struct FoldedPiece: Sendable {
  /// The folded texts back to back.
  var bytes: [UInt8] = []
  /// Where each event's text ends in `bytes`.
  var ends: [Int] = []
  /// Whether each event's folded text is all ASCII (1) or not (0).
  var ascii: [UInt8] = []

  /// Folds the title, summary and quotes of the events at `positions`, joined by newlines.
  init(_ events: EventList, _ positions: Range<Int>) {
    ends.reserveCapacity(positions.count)
    ascii.reserveCapacity(positions.count)
    var texts: [UnsafeRawBufferPointer] = []
    withExtendedLifetime(events) {
      for position in positions {
        events.searchedTexts(at: position, into: &texts)
        let start = bytes.count
        if Self.appendLowercasedASCII(texts, to: &bytes) {
          ascii.append(1)
        } else {
          bytes.removeSubrange(start...)
          let folded = TextFolding.fold(texts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n"))
          bytes.append(contentsOf: folded.utf8)
          ascii.append(folded.isASCII ? 1 : 0)
        }
        ends.append(bytes.count)
      }
    }
  }

  /// Appends the texts, joined by newlines and lowercased, when all of them are ASCII (their
  /// folding is then exactly ASCII lowercasing); false otherwise.
  static func appendLowercasedASCII(_ texts: [UnsafeRawBufferPointer], to bytes: inout [UInt8]) -> Bool {
    for (number, text) in texts.enumerated() {
      if number > 0 { bytes.append(0x0A) }
      var union: UInt8 = 0
      for byte in text { union |= byte }
      guard union < 0x80 else { return false }
      bytes.append(contentsOf: text.lazy.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 })
    }
    return true
  }
}

extension EventList {
  /// The bytes search reads of the event at `position`: its title, summary and quotes, in
  /// `texts` (valid while the list's bytes are).
  func searchedTexts(at position: Int, into texts: inout [UnsafeRawBufferPointer]) {
    texts.removeAll(keepingCapacity: true)
    withCursor(at: position) { cursor in
      _ = cursor.readBytes()
      _ = cursor.readBytes()
      texts.append(cursor.readBytes())
      texts.append(cursor.readBytes())
      for _ in 0..<2 where cursor.read(UInt8.self) != 0 { cursor.offset += Int(cursor.read(UInt32.self)) }
      cursor.offset += 4 * Int(cursor.read(UInt32.self))
      let count = Int(cursor.read(UInt32.self))
      for _ in 0..<Swift.min(count, cursor.bytes.count) where !cursor.failed {
        cursor.offset += 4
        texts.append(quoteBytes(&cursor))
      }
    }
  }
}
