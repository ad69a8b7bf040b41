import Foundation

/// Decodes JSON files and turns every failure into a `CorpusProblem` with line and column.
enum LocatedJSON {
  /// Decodes `data` as `T`; on failure returns nil and appends a problem located in `file`.
  ///
  /// - Parameter idKeys: keys that name an element (`id`, `unique_id`) so that a problem in
  ///   `events[3]` also names the event.
  static func decode<T: Decodable>(
    _ type: T.Type, from data: Data, file: String, idKeys: [String] = ["id"], problems: inout [CorpusProblem]
  ) -> T? {
    do {
      let value = try JSONDecoder().decode(T.self, from: data)
      if let versioned = value as? any VersionedFile, versioned.formatVersion != CorpusFiles.readableVersion {
        problems.append(versionProblem(versioned.formatVersion, bytes: [UInt8](data), file: file))
      }
      if let partial = value as? any PartiallyDecoded, !partial.decodingFailures.isEmpty {
        let bytes = [UInt8](data)
        for error in partial.decodingFailures {
          problems.append(problem(for: error, bytes: bytes, data: data, file: file, idKeys: idKeys))
        }
      }
      return value
    } catch {
      // Decoding failed: a syntax error is located by our scanner (Foundation does not say where).
      let bytes = [UInt8](data)
      if let syntax = JSONSyntax.firstError(in: bytes) {
        problems.append(
          CorpusProblem(file: file, location: syntax.position.description, message: "not valid JSON: \(syntax.message)"))
      } else if let error = error as? DecodingError {
        // Foundation refuses a number beyond a Double's range (1e309) only when it decodes it, as
        // position-less "not valid JSON"; our scanner finds the number.
        // A whole number beyond 64 bits where an integer is wanted (format_version) is refused
        // the same way.
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
          let range = JSONSyntax.firstNumberOutOfRange(in: bytes) ?? JSONSyntax.firstIntegerOutOfRange(in: bytes)
        {
          problems.append(CorpusProblem(file: file, location: range.position.description, message: range.message))
        } else {
          problems.append(problem(for: error, bytes: bytes, data: data, file: file, idKeys: idKeys))
        }
      } else {
        problems.append(CorpusProblem(file: file, message: "could not be read as JSON: \(error.localizedDescription)"))
      }
    }
    return nil
  }

  /// The problem of a file whose `format_version` this program does not read, at the version.
  static func versionProblem(_ version: Int, bytes: [UInt8], file: String) -> CorpusProblem {
    let location = JSONSyntax.position(of: [.key("format_version")], in: bytes)?.description ?? "format_version"
    let readable = CorpusFiles.readableVersion
    let message =
      version > readable
      ? "format_version \(version) is newer than this version of Cronica reads (\(readable)); update Cronica"
      : "format_version \(version) is not a version Cronica knows (it reads \(readable)); write \(readable)"
    return CorpusProblem(file: file, location: location, message: message)
  }

  /// The path components of a decoding path.
  static func components(_ keys: [any CodingKey]) -> [JSONPathComponent] {
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

  /// A location string: `line 12, column 7: events[3] (id 'x').start`.
  static func location(
    of path: [JSONPathComponent], bytes: [UInt8], data: Data, idKeys: [String]
  ) -> String {
    locations(of: [path], bytes: bytes, data: data, idKeys: idKeys)[0]
  }

  /// Location strings for many paths, scanning the file once.
  static func locations(
    of paths: [[JSONPathComponent]], bytes: [UInt8], data: Data, idKeys: [String]
  ) -> [String] {
    let positions = JSONSyntax.positions(of: Set(paths), in: bytes)
    let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    return paths.map { path in
      var parts: [String] = []
      if let position = positions[path] { parts.append(position.description) }
      var rendered = render(path)
      if path.count >= 2, case .key(let list) = path[0], case .index(let index) = path[1],
        let items = root?[list] as? [Any], index < items.count, let item = items[index] as? [String: Any],
        let id = idKeys.lazy.compactMap({ item[$0] as? String }).first
      {
        let head = render(Array(path.prefix(2)))
        rendered = head + " (id '\(HTMLText.strippingControls(id).prefix(80))')" + rendered.dropFirst(head.count)
      }
      if !rendered.isEmpty { parts.append(rendered) }
      return parts.joined(separator: ": ")
    }
  }

  private static func problem(
    for error: DecodingError, bytes: [UInt8], data: Data, file: String, idKeys: [String]
  ) -> CorpusProblem {
    func here(_ keys: [any CodingKey]) -> String? {
      let text = location(of: components(keys), bytes: bytes, data: data, idKeys: idKeys)
      return text.isEmpty ? nil : text
    }
    switch error {
    case .typeMismatch(_, let context) where !context.codingPath.isEmpty,
      .dataCorrupted(let context) where !context.codingPath.isEmpty:
      // A number too large for a Double is refused as if it had the wrong type: say what it is.
      if let message = JSONSyntax.outOfRangeMessage(at: components(context.codingPath), in: bytes) {
        return CorpusProblem(file: file, location: here(context.codingPath), message: message)
      }
      return plainProblem(for: error, bytes: bytes, data: data, file: file, idKeys: idKeys)
    default:
      return plainProblem(for: error, bytes: bytes, data: data, file: file, idKeys: idKeys)
    }
  }

  /// The problem for a decoding error, from the error alone.
  private static func plainProblem(
    for error: DecodingError, bytes: [UInt8], data: Data, file: String, idKeys: [String]
  ) -> CorpusProblem {
    func here(_ keys: [any CodingKey]) -> String? {
      let text = location(of: components(keys), bytes: bytes, data: data, idKeys: idKeys)
      return text.isEmpty ? nil : text
    }
    switch error {
    case .typeMismatch(let type, let context):
      return CorpusProblem(file: file, location: here(context.codingPath), message: "expected \(typeName(type))")
    case .valueNotFound(let type, let context):
      return CorpusProblem(
        file: file, location: here(context.codingPath), message: "expected \(typeName(type)), found null")
    case .keyNotFound(let key, let context):
      let container = here(context.codingPath)
      return CorpusProblem(
        file: file, location: container, message: "required field '\(key.stringValue)' is missing")
    case .dataCorrupted(let context):
      return CorpusProblem(file: file, location: here(context.codingPath), message: context.debugDescription)
    @unknown default:
      return CorpusProblem(file: file, message: "could not be decoded")
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
