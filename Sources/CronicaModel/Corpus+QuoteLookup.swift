import Foundation

extension Corpus {
  /// Added to a quote problem when the quote differs from the article only in Unicode form.
  static let looseMatchHint =
    " (the same text is there in another Unicode normalization form or starts or ends inside a character;"
    + " quotes must use the article's exact characters)"
}

/// Answers "is this quote verbatim in that article?" for validation, scanning each article's
/// UTF-8 bytes once per distinct quote (see `String.containsVerbatim` for what verbatim means).
struct QuoteLookup {
  /// Each article's cleaned text by id (the first article wins when ids repeat).
  private let textByArticle: [String: String]
  /// Answers so far: article id → quote (by its bytes) → verbatim.
  private var answers: [String: [QuoteBytes: Bool]] = [:]

  init(articles: [Article]) {
    textByArticle = Dictionary(articles.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
  }

  /// Whether `quote` is verbatim in the article; nil when there is no such article.
  mutating func contains(_ quote: String, inArticle id: String) -> Bool? {
    guard let text = textByArticle[id] else { return nil }
    let key = QuoteBytes(text: quote)
    if let known = answers[id]?[key] { return known }
    let found = text.containsVerbatim(quote)
    answers[id, default: [:]][key] = found
    return found
  }

  /// True when Foundation's looser, canonical-equivalence search finds a quote that is not verbatim.
  func matchesOnlyLoosely(_ quote: String, inArticle id: String) -> Bool {
    guard let text = textByArticle[id] else { return false }
    return text.contains(quote)
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
