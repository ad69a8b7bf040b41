import Algorithms
import CronicaModel
import Foundation

/// The source reader: an article's text laid out for a width, with its cited passages.
public struct ReaderState: Hashable, Sendable {
  /// One cited passage of the article.
  public struct Passage: Hashable, Sendable {
    /// The citing event (corpus position) and the citation's index in it.
    public var ref: Library.CitationRef
    /// The passage's characters in `characters`.
    public var range: Range<Int>
    /// The first layout line the passage touches.
    public var firstLine: Int
    /// The last layout line the passage touches.
    public var lastLine: Int
  }

  /// The article's position in the corpus.
  public var article: Int
  /// The article's sanitized text, one element per grapheme.
  public var characters: [Character]
  /// Laid-out lines as ranges of `characters`.
  public var lines: [Range<Int>]
  /// The width the lines were laid out for.
  public var width: Int
  /// Every passage of this article cited by any event, by position in the text.
  public var passages: [Passage]
  /// For each character, the index of the passage covering it (-1 for none).
  public var marks: [Int]
  /// The passage being looked at (highlighted), if any.
  public var current: Int?
  public var scroll = 0
  /// The event the reader was opened from (for `1`–`9`), if any.
  public var origin: Int?
  /// The reader's own `/` search (empty: none), and the character ranges it matches.
  public private(set) var search = ""
  public private(set) var hits: [Range<Int>] = []
  public var hit: Int?

  /// Searches the text (case and accents ignored, as the event search); empty clears it.
  public mutating func setSearch(_ pattern: String) {
    search = pattern
    hits = SearchHighlight.ranges(in: characters, needle: SearchHighlight.needle(pattern))
    hit = nil
  }

  /// Lays out an article for a width and finds its cited passages.
  public init(library: Library, article: Int, width: Int) {
    self.article = article
    let text = library.corpus.articles.indices.contains(article) ? library.corpus.articles[article] : nil
    characters = Array(DisplayText.sanitize(text?.text ?? ""))
    self.width = max(1, width)
    lines = []
    passages = []
    marks = Array(repeating: -1, count: characters.count)
    current = nil
    guard let text else { return }
    let joined = String(characters)
    // The UTF-8 offset where each character starts, to turn byte ranges into character ranges.
    var utf8Starts: [Int] = []
    utf8Starts.reserveCapacity(characters.count + 1)
    var offset = 0
    for character in characters {
      utf8Starts.append(offset)
      offset += character.utf8.count
    }
    utf8Starts.append(offset)
    var found: [Passage] = []
    // Many events may cite the same words: find each distinct quote once.
    var rangeByQuote: [String: Range<Int>?] = [:]
    for ref in library.citations(ofArticle: text.id) {
      let citations = library.corpus.events[ref.event].citations
      guard citations.indices.contains(ref.citation) else { continue }  // only a damaged snapshot
      let quote = citations[ref.citation].quote
      let cached = rangeByQuote[quote] ?? ReaderState.find(DisplayText.sanitize(quote), in: joined, utf8Starts: utf8Starts)
      rangeByQuote[quote] = cached
      guard let range = cached else { continue }
      found.append(Passage(ref: ref, range: range, firstLine: 0, lastLine: 0))
    }
    found.sort {
      ($0.range.lowerBound, $0.ref.event, $0.ref.citation) < ($1.range.lowerBound, $1.ref.event, $1.ref.citation)
    }
    passages = found
    for (index, passage) in found.enumerated() {
      for offset in passage.range where marks[offset] < 0 { marks[offset] = index }
    }
    relayout(width: width)
  }

  /// The grapheme offsets of the first occurrence of a quote in a text, or nil.
  ///
  /// Byte for byte first (`utf8Starts`: where each character of `text` starts, and its end);
  /// Foundation's looser search only for a quote that is not verbatim in the sanitized text.
  static func find(_ quote: String, in text: String, utf8Starts: [Int]) -> Range<Int>? {
    if let bytes = text.verbatimUTF8Range(of: quote) {
      return characterIndex(ofUTF8Offset: bytes.lowerBound, in: utf8Starts)
        ..< characterIndex(ofUTF8Offset: bytes.upperBound, in: utf8Starts)
    }
    guard !quote.isEmpty, let range = text.range(of: quote) else { return nil }
    let start = text.distance(from: text.startIndex, to: range.lowerBound)
    let length = text.distance(from: range.lowerBound, to: range.upperBound)
    return start..<(start + length)
  }

  /// The index of the character starting at a UTF-8 offset (a character boundary).
  static func characterIndex(ofUTF8Offset offset: Int, in utf8Starts: [Int]) -> Int {
    utf8Starts.dropLast().partitioningIndex { $0 >= offset }
  }

  /// Lays the text out again for a new width, keeping the same text at the top.
  public mutating func relayout(width newWidth: Int) {
    let topOffset = lines.indices.contains(scroll) ? lines[scroll].lowerBound : 0
    width = max(1, newWidth)
    lines = ReaderState.wrap(characters, width: width)
    for index in passages.indices {
      passages[index].firstLine = line(containing: passages[index].range.lowerBound)
      passages[index].lastLine = line(
        containing: max(passages[index].range.upperBound - 1, passages[index].range.lowerBound))
    }
    scroll = line(containing: topOffset)
  }

  /// The layout line that holds a character offset.
  public func line(containing offset: Int) -> Int {
    max(0, lines.partitioningIndex { $0.lowerBound > offset } - 1)
  }

  /// Word-wraps characters into line ranges of at most `width` columns; newlines end paragraphs.
  static func wrap(_ characters: [Character], width: Int) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var index = 0
    var lineStart = 0
    var lineEnd = 0
    var lineWidth = 0
    var hasWord = false
    var paragraphHasLine = false
    func flush() {
      lines.append(lineStart..<max(lineStart, lineEnd))
      lineWidth = 0
      hasWord = false
      paragraphHasLine = true
    }
    while index <= characters.count {
      if index == characters.count || characters[index] == "\n" {
        if !hasWord, !paragraphHasLine {
          lineStart = index
          lineEnd = index
        }
        if hasWord || !paragraphHasLine { flush() }
        paragraphHasLine = false
        index += 1
        continue
      }
      if characters[index] == " " {
        index += 1
        continue
      }
      var end = index
      var wordWidth = 0
      while end < characters.count, characters[end] != " ", characters[end] != "\n" {
        wordWidth += DisplayText.width(of: characters[end])
        end += 1
      }
      if hasWord, lineWidth + 1 + wordWidth > width { flush() }
      if !hasWord {
        lineStart = index
        lineWidth = 0
      }
      if wordWidth > width {
        var column = 0
        for cursor in index..<end {
          let charWidth = DisplayText.width(of: characters[cursor])
          if column > 0, column + charWidth > width {
            lineEnd = cursor
            flush()
            lineStart = cursor
            column = 0
          }
          column += charWidth
        }
        lineWidth = column
      } else {
        lineWidth += (hasWord ? 1 : 0) + wordWidth
      }
      lineEnd = end
      hasWord = true
      index = end
    }
    return lines.isEmpty ? [0..<0] : lines
  }
}
