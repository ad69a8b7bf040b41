import Foundation

extension Corpus {
  /// Added to a quote problem when the quote differs from the article only in Unicode form.
  static let looseMatchHint =
    " (the same text is there in another Unicode normalization form or starts or ends inside a character;"
    + " quotes must use the article's exact characters)"
}

/// Finds quotes verbatim in article texts, remembering the answers that took a long scan (so
/// that a quote repeated many times deep in a long article is searched once: time stays linear).
/// Short scans are cheaper than hashing the quote, so they are not remembered.
struct QuoteLocator {
  let texts: [String]
  var answers: [Key: Range<Int>?] = [:]

  struct Key: Hashable {
    let text: Int
    let quote: QuoteBytes
  }

  init(texts: [String]) { self.texts = texts }

  /// The scan length from which an answer is remembered.
  static let longScan = 1 << 16

  /// The UTF-8 range of the first verbatim occurrence of `quote` in text `position`.
  mutating func range(of quote: String, inText position: Int) -> Range<Int>? {
    // Making a key retains the quote: one is made only to look up or keep an answer.
    if !answers.isEmpty, let known = answers[Key(text: position, quote: QuoteBytes(text: quote))] { return known }
    let found = texts[position].verbatimUTF8Range(of: quote)
    if found?.upperBound ?? texts[position].utf8.count >= Self.longScan {
      answers[Key(text: position, quote: QuoteBytes(text: quote))] = found
    }
    return found
  }
}

/// A string compared and hashed by its UTF-8 bytes, not by Swift's canonical equivalence
/// (so an NFC and an NFD spelling are different keys, as they are different quotes).
struct QuoteBytes: Hashable {
  let text: String

  static func == (a: QuoteBytes, b: QuoteBytes) -> Bool {
    var left = a.text
    var right = b.text
    return left.withUTF8 { x in
      right.withUTF8 { y in
        guard x.count == y.count, let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
        return memcmp(p, q, x.count) == 0
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

extension EventList {
  /// True when citation `number` of the event at `position` cites `citation`'s article with a
  /// range of its text holding exactly `citation`'s quote (found verbatim when the store was built).
  func holdsVerbatim(_ citation: Citation, number: Int, at position: Int) -> Bool {
    withCursor(at: position) { cursor in
      Self.skipToThemes(&cursor)
      cursor.offset += 4 * Int(cursor.read(UInt32.self))
      guard number < cursor.read(UInt32.self) else { return false }
      for _ in 0..<number { _ = cursor.read(UInt32.self); _ = quoteBytes(&cursor) }
      guard symbol(Int(cursor.read(UInt32.self))) == citation.article, !cursor.failed,
        cursor.bytes.count > cursor.offset, cursor.bytes[cursor.offset] == 0
      else { return false }
      let stored = quoteBytes(&cursor)
      var quote = citation.quote
      return quote.withUTF8 { quote in
        quote.count == stored.count && (quote.isEmpty || memcmp(quote.baseAddress!, stored.baseAddress!, quote.count) == 0)
      }
    }
  }
}
