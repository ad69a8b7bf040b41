import Yams

/// The YAML front matter of a user article, split from its body and read field by field.
struct FrontMatter {
  /// The metadata fields an article file may give.
  static let knownFields: Set<String> = [
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
    // line by line.
    func line(at start: String.Index) -> (text: Substring, next: String.Index?) {
      guard let end = text.utf8[start...].firstIndex(of: 0x0A) else { return (Substring(text.utf8[start...]), nil) }
      return (Substring(text.utf8[start..<end]), text.utf8.index(after: end))
    }
    let opening = line(at: text.startIndex)
    guard isMarker(opening.text, ["---"]) else {
      return FrontMatter(body: text, present: false)
    }
    var close: (start: String.Index, next: String.Index?)?
    var cursor = opening.next
    while let start = cursor, close == nil {
      let current = line(at: start)
      if isMarker(current.text, ["---", "..."]) { close = (start, current.next) }
      cursor = current.next
    }
    guard let yamlStart = opening.next, let close else {
      problems.append(
        CorpusProblem(
          file: file, location: "line 1, column 1",
          message: "the front matter opened with '---' is never closed; add a line '---' after the metadata"))
      return FrontMatter(body: "", present: true)
    }
    let yaml = close.start == yamlStart ? "" : String(Substring(text.utf8[yamlStart..<text.utf8.index(before: close.start)]))
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
    // Aliases are refused before Yams builds anything: front matter needs scalars and lists,
    // and an alias used as a mapping key makes Yams' duplicate-key check hash its whole
    // expansion (exponential in the nesting of an alias bomb). An alias starts with `*`.
    if yaml.utf8.contains(UInt8(ascii: "*")), let alias = firstAlias(in: yaml) {
      problems.append(
        CorpusProblem(
          file: file, location: TextPosition(line: alias.line + 2, column: alias.column + 1).description,
          message: "YAML aliases (*name) are not allowed in front matter; write the value out"))
      return result
    }
    let node: Node?
    do {
      // The encoding given: its default reads the whole process environment on every call.
      // No tag rules (`.basic`): fields are read as strings, and Yams' duplicate-key check would
      // otherwise try seven regular expressions on every key to find its tag.
      // An empty constructor: nodes are read as nodes, never converted, and `.default` builds
      // its tables anew on every call.
      node = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
    } catch let error as YamlError {
      problems.append(problem(for: error, file: file))
      return result
    } catch {
      problems.append(CorpusProblem(file: file, message: "the front matter is not valid YAML: \(error)"))
      return result
    }
    guard let node else { return result }
    guard let mapping = node.mapping else {
      problems.append(
        CorpusProblem(
          file: file, location: position(node.mark).description,
          message: "the front matter must be 'field: value' lines (a YAML mapping)"))
      return result
    }
    for (keyNode, valueNode) in mapping {
      let key = keyNode.scalar?.string ?? ""
      let here = position(keyNode.mark)
      guard knownFields.contains(key) else {
        warnings.append(
          CorpusProblem(
            file: file, location: here.description,
            message: "unknown field '\(key)' ignored (known: \(knownFields.sorted().joined(separator: ", ")))"))
        continue
      }
      if key == "authors" {
        if let list = valueNode.sequence {
          var names: [String] = []
          for item in list {
            guard let name = item.scalar?.string else {
              problems.append(
                CorpusProblem(
                  file: file, location: "\(position(item.mark)): authors", message: "each author must be a name"))
              continue
            }
            names.append(name)
          }
          result.authors = names
        } else if let name = valueNode.scalar?.string {
          result.authors = name.isEmpty ? [] : [name]
        } else {
          problems.append(
            CorpusProblem(file: file, location: "\(here): authors", message: "expected a list of names"))
        }
        continue
      }
      guard let scalar = valueNode.scalar else {
        problems.append(
          CorpusProblem(file: file, location: "\(position(valueNode.mark)): \(key)", message: "expected a single value")
        )
        continue
      }
      result.scalars.append((key, scalar.string, position(valueNode.mark)))
    }
    return result
  }

  /// The value of a scalar field and where it is; the last one when a key comes twice (as a
  /// differently tagged key can).
  func scalar(_ key: String) -> (value: String, position: TextPosition)? {
    scalars.last { $0.key == key }.map { ($0.value, $0.position) }
  }

  /// Whether `line` trimmed is one of `markers` (`---`, `...`). Only a line whose first byte
  /// above a space is `-`, `.` or not ASCII (whitespace beyond ASCII) can be: no other line is
  /// trimmed at its start, so it is not copied to be trimmed.
  static func isMarker(_ line: Substring, _ markers: [String]) -> Bool {
    guard let byte = line.utf8.first(where: { $0 > 0x20 }), byte == 0x2D || byte == 0x2E || byte >= 0x80 else {
      return false
    }
    return markers.contains(line.trimmedText)
  }

  /// A Yams mark in file coordinates: the YAML starts on line 2, after the opening `---`.
  static func position(_ mark: Mark?) -> TextPosition {
    guard let mark else { return TextPosition(line: 1, column: 1) }
    return TextPosition(line: mark.line + 1, column: mark.column)
  }

  private static func problem(for error: YamlError, file: String) -> CorpusProblem {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return CorpusProblem(
        file: file, location: position(mark).description, message: "invalid YAML front matter: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return CorpusProblem(
        file: file, location: position(context.mark).description,
        message: "the front matter repeats \(duplicates.joined(separator: ", "))")
    case .reader(let problem, _, _, _):
      return CorpusProblem(file: file, message: "the front matter cannot be read: \(problem)")
    default:
      return CorpusProblem(file: file, message: "invalid YAML front matter: \(error)")
    }
  }
}
