/// The YAML front matter of a user article, split from its body and read field by field.
struct FrontMatter {
  /// The metadata fields an article file may give (a few: a name is found among them by
  /// comparing, not hashing).
  static let knownFields: [String] = [
    "id", "title", "title_supplied", "outlet", "authors", "published", "published_display", "date_basis", "url",
    "mode",
  ]

  /// The most front matter read (a few short fields need far less); more is refused unparsed.
  static let maximumBytes = 64 * 1024

  /// The scalar fields in file order (a few, so looked up one by one rather than hashed).
  var scalars: [(key: String, value: String, position: TextPosition)] = []
  /// The authors, when given (a list or one string).
  var authors: [String]?
  /// The body after the closing `---`.
  var body: String
  /// True when the file has front matter at all.
  var present: Bool

  /// Splits and parses `text` (line endings already `\n`); problems are located in `file`.
  static func parse(_ text: String, file: String, problems: inout [CorpusProblem], warnings: inout [CorpusProblem])
    -> FrontMatter
  {
    // By bytes: a line feed is always a character of its own. Lines are found one at a time, up
    // to the closing line; the YAML and the body are the text between and after, not copied
    // line by line. The line feed is looked for in the bytes themselves, and its offset made an
    // index (in constant time: the text is native UTF-8).
    var source = text
    let utf8 = text.utf8
    func line(at start: String.Index) -> (text: Substring, next: String.Index?) {
      let from = utf8.distance(from: utf8.startIndex, to: start)
      guard let end = source.withUTF8({ $0[from...].firstIndex(of: 0x0A) }) else {
        return (Substring(utf8[start...]), nil)
      }
      let index = utf8.index(utf8.startIndex, offsetBy: end)
      return (Substring(utf8[start..<index]), utf8.index(after: index))
    }
    let opening = line(at: text.startIndex)
    guard isMarker(opening.text, openingMarkers) else {
      return FrontMatter(body: text, present: false)
    }
    var close: (start: String.Index, next: String.Index?)?
    var cursor = opening.next
    while let start = cursor, close == nil {
      let current = line(at: start)
      if isMarker(current.text, closingMarkers) { close = (start, current.next) }
      cursor = current.next
    }
    guard let yamlStart = opening.next, let close else {
      problems.append(
        CorpusProblem(
          file: file, location: "line 1, column 1",
          message: "the front matter opened with '---' is never closed; add a line '---' after the metadata"))
      return FrontMatter(body: "", present: true)
    }
    let yaml = close.start == yamlStart ? "" : Substring(text.utf8[yamlStart..<text.utf8.index(before: close.start)])
    let body = close.next.map { String(Substring(text.utf8[$0...])) } ?? ""
    var result = FrontMatter(body: body, present: true)
    guard yaml.utf8.count <= maximumBytes else {
      problems.append(
        CorpusProblem(
          file: file, location: "line 2, column 1",
          message: "the front matter is larger than \(maximumBytes / 1024) KB; it holds a few short fields "
            + "(\(knownFields.sorted().joined(separator: ", "))), the text goes after the closing '---'"))
      return result
    }
    readFields(yaml, file: file, into: &result, problems: &problems, warnings: &warnings)
    return result
  }

  /// The value of a scalar field and where it is (a field comes at most once).
  func scalar(_ key: String) -> (value: String, position: TextPosition)? {
    scalars.first { $0.key == key }.map { ($0.value, $0.position) }
  }

  /// The line that opens front matter, and those that close it.
  static let openingMarkers = ["---"]
  static let closingMarkers = ["---", "..."]

  /// Whether `line` trimmed is one of `markers` (`---`, `...`). Only a line whose first byte
  /// above a space is `-`, `.` or not ASCII (whitespace beyond ASCII) can be: no other line is
  /// trimmed at its start, so it is not copied to be trimmed.
  static func isMarker(_ line: Substring, _ markers: [String]) -> Bool {
    guard let byte = line.utf8.first(where: { $0 > 0x20 }), byte == 0x2D || byte == 0x2E || byte >= 0x80 else {
      return false
    }
    // A marker as it is (nearly every one) is itself trimmed: its bytes are compared, not copied.
    return markers.contains { line.utf8.elementsEqual($0.utf8) } || markers.contains(line.trimmedText)
  }
}
