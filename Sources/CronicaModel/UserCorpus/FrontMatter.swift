import Glibc

/// The YAML front matter of a user article, split from its body and read field by field.
struct FrontMatter {
  /// The metadata fields an article file may give, by their names in the file.
  enum Field: String, CaseIterable, Sendable {
    case id, title, titleSupplied = "title_supplied", outlet, authors, published
    case publishedDisplay = "published_display", dateBasis = "date_basis", url, mode

    /// The field's place in `knownFields` (its place among the cases, as a test checks), without
    /// a search.
    var place: Int {
      switch self {
      case .id: 0
      case .title: 1
      case .titleSupplied: 2
      case .outlet: 3
      case .authors: 4
      case .published: 5
      case .publishedDisplay: 6
      case .dateBasis: 7
      case .url: 8
      case .mode: 9
      }
    }
  }

  /// The fields (a few: a name is found among them by comparing, not hashing).
  static let knownFields = Field.allCases

  /// The fields' names as bytes, in `knownFields`' order: a YAML key is compared with them as
  /// libyaml gives it, before any `String` is made of it.
  static let knownNameBytes = knownFields.map { Array($0.rawValue.utf8) }

  /// The known field whose name is `bytes`, by its place in `knownFields`; nil for another name.
  static func knownPlace(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    // Each pair of length and first letter names at most one field, so the name is that field's
    // or none, and memcmp compares exactly `count` bytes (the field's name has that length).
    guard let first = bytes.first else { return nil }
    let field: Field
    switch (bytes.count, first) {
    case (2, UInt8(ascii: "i")): field = .id
    case (5, UInt8(ascii: "t")): field = .title
    case (14, UInt8(ascii: "t")): field = .titleSupplied
    case (6, UInt8(ascii: "o")): field = .outlet
    case (7, UInt8(ascii: "a")): field = .authors
    case (9, UInt8(ascii: "p")): field = .published
    case (17, UInt8(ascii: "p")): field = .publishedDisplay
    case (10, UInt8(ascii: "d")): field = .dateBasis
    case (3, UInt8(ascii: "u")): field = .url
    case (4, UInt8(ascii: "m")): field = .mode
    default: return nil
    }
    let same = knownNameBytes[field.place].withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0 }
    return same ? field.place : nil
  }

  /// The fields' names in alphabetical order, for messages.
  static var knownNames: String { knownFields.map(\.rawValue).sorted().joined(separator: ", ") }

  /// The most front matter read (a few short fields need far less); more is refused unparsed.
  static let maximumBytes = 64 * 1024

  /// The scalar fields' values and where each is, by the field's place in `knownFields` (held
  /// inline: no array is allocated per file, and a field is found without a search).
  var scalars = PerField<Scalar?>(repeating: nil)

  /// A scalar field's value as the YAML gives it, and where it is.
  struct Scalar {
    var value: String
    var position: TextPosition
  }

  /// A value for each field, by its place in `knownFields`, held inline (10: `Field`'s cases, as
  /// a test checks).
  typealias PerField<Value> = InlineArray<10, Value>

  /// The authors, when given (a list or one string).
  var authors: [String]?
  /// The body after the closing `---`: a part of the text read, not a copy.
  var body: Substring
  /// True when the file has front matter at all.
  var present: Bool

  /// Splits and parses `text` (line endings already `\n`) with `parser` (a new one by default;
  /// one piece of work passes the same one for all its files); problems are located in `file`.
  static func parse(
    _ text: String, file: String, parser: Parser = Parser(), problems: inout [CorpusProblem],
    warnings: inout [CorpusProblem]
  ) -> FrontMatter {
    // By bytes: a line feed is always a character of its own. Lines are found one at a time, up
    // to the closing line, in the text's bytes; the YAML and the body are the text between and
    // after, not copied line by line. Byte offsets become indices in constant time (the text is
    // native UTF-8).
    var source = text
    let utf8 = text.utf8
    func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
    // Where the YAML starts, and where the closing line starts and the line after it (nil past the
    // text's end); nil without an opening line, .some(nil) when it is never closed.
    let split = source.withUTF8 { bytes -> (yamlStart: Int?, close: (start: Int, next: Int?)?)? in
      // Whether the line from byte `start` is a marker (one that closes, with `closing`), and
      // where the next line starts.
      func line(at start: Int, closing: Bool) -> (isMarker: Bool, next: Int?) {
        let rest = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start...]))
        let feed = rest.baseAddress.flatMap { memchr($0, 0x0A, rest.count) }
        let stop = feed.map { start + rest.baseAddress!.distance(to: $0) } ?? bytes.count
        let marker = isMarker(bytes: UnsafeBufferPointer(rebasing: bytes[start..<stop]), closing: closing)
        return (marker, stop < bytes.count ? stop + 1 : nil)
      }
      let opening = line(at: 0, closing: false)
      guard opening.isMarker else { return nil }
      var close: (start: Int, next: Int?)?
      var cursor = opening.next
      while let start = cursor, close == nil {
        let current = line(at: start, closing: true)
        if current.isMarker { close = (start, current.next) }
        cursor = current.next
      }
      return (opening.next, close)
    }
    guard let split else {
      return FrontMatter(body: text[...], present: false)
    }
    guard let yamlStart = split.yamlStart, let close = split.close else {
      problems.append(
        CorpusProblem(
          file: file, location: "line 1, column 1",
          message: "the front matter opened with '---' is never closed; add a line '---' after the metadata"))
      return FrontMatter(body: "", present: true)
    }
    // The YAML ends before the line feed that ends its last line.
    let yaml = close.start == yamlStart ? "" : Substring(utf8[index(yamlStart)..<index(close.start - 1)])
    let body = close.next.map { Substring(utf8[index($0)...]) } ?? ""
    var result = FrontMatter(body: body, present: true)
    guard yaml.utf8.count <= maximumBytes else {
      problems.append(
        CorpusProblem(
          file: file, location: "line 2, column 1",
          message: "the front matter is larger than \(maximumBytes / 1024) KB; it holds a few short fields "
            + "(\(knownNames)), the text goes after the closing '---'"))
      return result
    }
    readFields(yaml, file: file, parser: parser, into: &result, problems: &problems, warnings: &warnings)
    return result
  }

  /// The value of a scalar field and where it is (a field comes at most once).
  func scalar(_ field: Field) -> (value: String, position: TextPosition)? {
    scalars[field.place].map { ($0.value, $0.position) }
  }

  /// Whether a line whose first byte above a space is `byte` may be a marker (see `isMarker`).
  static func mayBeMarker(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte == 0x2D || byte == 0x2E || byte >= 0x80
  }

  /// Whether the line of `bytes` (UTF-8, without its line feed) trimmed is a marker: `---`, which
  /// opens front matter, or with `closing` also `...` (either closes it). A marker as it is
  /// (nearly every one) is told by its three bytes. Only a line whose first byte above a space is
  /// `-`, `.` or not ASCII (whitespace beyond ASCII) may be one trimmed: no other line is trimmed
  /// at its start, so only such a line is made a `String` to be trimmed.
  static func isMarker(bytes: UnsafeBufferPointer<UInt8>, closing: Bool) -> Bool {
    // Nearly every line: its first byte is above a space and no marker's (all start '-' or '.').
    if let first = bytes.first, first > 0x20, !mayBeMarker(first) { return false }
    // Three of one byte, compared as they are (a look at each marker's `String` took ~115
    // instructions a marker line).
    if bytes.count == 3, let first = bytes.first, first == 0x2D || (closing && first == 0x2E), bytes[1] == first,
      bytes[2] == first
    {
      return true
    }
    guard mayBeMarker(bytes.first { $0 > 0x20 }) else { return false }
    let trimmed = Substring(String(decoding: bytes, as: UTF8.self)).trimmedText
    return trimmed == "---" || (closing && trimmed == "...")
  }
}
