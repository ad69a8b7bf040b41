import Foundation

/// Reads a JSON file into a `Decodable` type and turns every failure into a `CorpusProblem` with
/// line and column: the byte scanner gives the tree with offsets or the located syntax error,
/// `JSONNodeDecoder` the value or the coding path of what is wrong, and the tree the place of that path.
/// Every JSON file the program reads goes through it (`JSONDecoder` is only the tests' oracle).
public enum JSONReader {
  /// `data` decoded as `T`, or every problem of it located in `file`.
  public static func read<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(CorpusError) -> T {
    var problems: [CorpusProblem] = []
    guard let value = decode(type, from: data, file: file, problems: &problems), problems.isEmpty else {
      throw CorpusError(problems)
    }
    return value
  }

  /// Decodes `data` as `T`; on failure returns nil and appends a problem located in `file`.
  ///
  /// - Parameter idKeys: keys that name an element (`id`, `unique_id`) so that a problem in
  ///   `events[3]` also names the event.
  static func decode<T: Decodable>(
    _ type: T.Type, from data: Data, file: String, idKeys: [String] = ["id"], problems: inout [CorpusProblem]
  ) -> T? {
    let root: JSONNode
    switch EventsFileScanner.tree(in: data) {
    case .success(let node): root = node
    case .failure(let error):
      let position = positions(of: [error.offset], in: data)[0]
      problems.append(CorpusProblem(file: file, location: position.description, message: "not valid JSON: \(error.message)"))
      return nil
    }
    let document = Document(root: root, data: data, idKeys: idKeys)
    do {
      let value = try T(from: JSONNodeDecoder(node: root, codingPath: []))
      if let versioned = value as? any VersionedFile, versioned.formatVersion != CorpusFiles.readableVersion {
        problems.append(versionProblem(versioned.formatVersion, in: document, file: file))
      }
      if let partial = value as? any PartiallyDecoded {
        problems += partial.decodingFailures.map { document.problem(for: $0, file: file) }
      }
      return value
    } catch let error as DecodingError {
      problems.append(document.problem(for: error, file: file))
    } catch {
      problems.append(CorpusProblem(file: file, message: "could not be read as JSON: \(error)"))
    }
    return nil
  }

  /// Location strings (`line 12, column 7: events[3] (id 'x').start`) for paths into `data`.
  static func locations(of paths: [[JSONPathComponent]], in data: Data, idKeys: [String]) -> [String] {
    guard case .success(let root) = EventsFileScanner.tree(in: data) else { return paths.map(render) }
    return Document(root: root, data: data, idKeys: idKeys).locations(of: paths)
  }

  /// The problem of a file whose `format_version` this program does not read, at the version.
  static func versionProblem(_ version: Int, in document: Document, file: String) -> CorpusProblem {
    let location = document.root["format_version"].map { positions(of: [$0.offset], in: document.data)[0].description }
    let readable = CorpusFiles.readableVersion
    let message =
      version > readable
      ? "format_version \(version) is newer than this version of Cronica reads (\(readable)); update Cronica"
      : "format_version \(version) is not a version Cronica knows (it reads \(readable)); write \(readable)"
    return CorpusProblem(file: file, location: location, message: message)
  }

  static func path(_ keys: [any CodingKey]) -> [JSONPathComponent] {
    keys.map { key in key.intValue.map(JSONPathComponent.index) ?? .key(key.stringValue) }
  }

  /// `events[3].start_date.year`
  static func render(_ path: [JSONPathComponent]) -> String {
    var result = ""
    for component in path {
      switch component {
      case .index(let index): result += "[\(index)]"
      case .key(let key): result += (result.isEmpty ? "" : ".") + key
      }
    }
    return result
  }

  /// The line and column of each byte offset, in one pass over the bytes.
  static func positions(of offsets: [Int], in data: Data) -> [TextPosition] {
    var result = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
    var line = 1, column = 1, index = 0
    var bytes = data.makeIterator()
    for slot in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
      while index < offsets[slot], let byte = bytes.next() {
        if byte == 0x0A {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        index += 1
      }
      result[slot] = TextPosition(line: line, column: column)
    }
    return result
  }

  /// A decoded tree and what locating a problem in it needs.
  struct Document {
    let root: JSONNode
    let data: Data
    let idKeys: [String]

    /// Location strings for paths: line and column of the value, the path, and the id of the
    /// element of the top-level list it is in.
    func locations(of paths: [[JSONPathComponent]]) -> [String] {
      let nodes = paths.map { root.node(at: $0) }
      let found = positions(of: nodes.compactMap { $0?.offset }, in: data)
      var next = found.makeIterator()
      return zip(paths, nodes).map { path, node in
        var parts: [String] = []
        if node != nil, let position = next.next() { parts.append(position.description) }
        var rendered = render(path)
        if path.count >= 2, let item = root.node(at: path.prefix(2)),
          let id = idKeys.lazy.compactMap({ key -> String? in
            if case .string(let id)? = item[key]?.value { return id }
            return nil
          }).first
        {
          let head = render(Array(path.prefix(2)))
          rendered = head + " (id '\(HTMLText.strippingControls(id).prefix(80))')" + rendered.dropFirst(head.count)
        }
        if !rendered.isEmpty { parts.append(rendered) }
        return parts.joined(separator: ": ")
      }
    }

    func problem(for error: DecodingError, file: String) -> CorpusProblem {
      func here(_ keys: [any CodingKey]) -> String? {
        let text = locations(of: [JSONReader.path(keys)])[0]
        return text.isEmpty ? nil : text
      }
      switch error {
      case .typeMismatch(let type, let context):
        // A number a type cannot hold is reported as such, even where a type tried others first.
        return CorpusProblem(
          file: file, location: here(context.codingPath), message: rangeMessage(at: context.codingPath) ?? "expected \(typeName(type))")
      case .valueNotFound(let type, let context):
        return CorpusProblem(file: file, location: here(context.codingPath), message: "expected \(typeName(type)), found null")
      case .keyNotFound(let key, let context):
        return CorpusProblem(
          file: file, location: here(context.codingPath), message: "required field '\(key.stringValue)' is missing")
      case .dataCorrupted(let context) where context.underlyingError is JSONNodeDecoder.OutOfRange:
        let position = root.node(at: JSONReader.path(context.codingPath)).map { positions(of: [$0.offset], in: data)[0] }
        return CorpusProblem(file: file, location: position?.description, message: context.debugDescription)
      case .dataCorrupted(let context):
        return CorpusProblem(
          file: file, location: here(context.codingPath), message: rangeMessage(at: context.codingPath) ?? context.debugDescription)
      @unknown default:
        return CorpusProblem(file: file, message: "could not be decoded")
      }
    }

    /// The out-of-range message when the value at `keys` is a number no `Double` holds.
    private func rangeMessage(at keys: [any CodingKey]) -> String? {
      guard case .number(let text)? = root.node(at: JSONReader.path(keys))?.value, Double(text)?.isFinite != true else { return nil }
      return JSONNodeDecoder.outOfRange(text, integer: false)
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type, is Double.Type: return "a number"
    case is Bool.Type: return "true or false"
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array") { return "a list" }
      if name.hasPrefix("Dictionary") { return "an object" }
      return "a value of type \(name)"
    }
  }
}
