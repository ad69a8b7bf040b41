import CYaml

extension FrontMatter {
  /// Why the front matter as a whole is refused; the walk goes on after a refusal only to find an
  /// alias or a syntax error, which are reported first.
  private enum Refusal: Error {
    case alias(TextPosition)
    case syntax(CorpusProblem)
    case shape(TextPosition, String)
  }

  /// Reads the fields of `yaml` in one walk over libyaml's events (or the same events made
  /// without libyaml for plain `name: value` lines, see `PlainLines`); no node tree is built. Aliases
  /// are refused wherever they are (front matter needs scalars and lists, and an alias is what makes
  /// a YAML bomb), and so is a repeated field. A refused front matter gives one problem and no fields.
  static func readFields(
    _ yaml: Substring, file: String, parser: Parser, into result: inout FrontMatter, problems: inout [CorpusProblem],
    warnings: inout [CorpusProblem]
  ) {
    var fieldProblems: [CorpusProblem] = []
    var fieldWarnings: [CorpusProblem] = []
    var source = yaml
    let refusal: Refusal? = source.withUTF8 { buffer -> Refusal? in
      guard !buffer.isEmpty else { return nil }  // nothing between the '---' lines
      // Plain `name: value` lines (nearly every front matter) give libyaml's events without it.
      if parser.readsPlainLines, let lines = PlainLines(buffer) {
        parser.plainReads += 1
        var walk = EventWalk(plain: lines, buffer: buffer, file: file)
        return walk.read(into: &result, problems: &fieldProblems, warnings: &fieldWarnings)
      }
      // libyaml reads only within `buffer`'s count, and only during this closure.
      let walked = parser.parse(buffer) { parser -> Refusal? in
        var walk = EventWalk(libyaml: parser, buffer: buffer, file: file)
        return walk.read(into: &result, problems: &fieldProblems, warnings: &fieldWarnings)
      }
      return walked ?? .syntax(CorpusProblem(file: file, message: "the front matter cannot be read: out of memory"))
    }
    // Read into `result` as they come (nothing is copied); a refused front matter gives none.
    if refusal != nil {
      result.scalars = PerField(repeating: nil)
      result.authors = nil
    }
    switch refusal {
    case .alias(let position):
      problems.append(
        CorpusProblem(
          file: file, location: position.description,
          message: "YAML aliases (*name) are not allowed in front matter; write the value out"))
    case .syntax(let problem):
      problems.append(problem)
    case .shape(let position, let message):
      problems.append(CorpusProblem(file: file, location: position.description, message: message))
    case nil:
      // Only when there are some (nearly never): an append of none still asks for room.
      if !fieldProblems.isEmpty { problems += fieldProblems }
      if !fieldWarnings.isEmpty { warnings += fieldWarnings }
    }
  }

  /// The events one at a time, libyaml's or `PlainLines`': the current one's type, start and
  /// scalar text.
  private struct EventWalk {
    /// libyaml's parser, or nil when the events are `plain`'s (held apart from it: taking an event
    /// advances `plain` in place, not a copy taken out of an enum and put back).
    let libyaml: UnsafeMutablePointer<yaml_parser_t>?
    var plain: PlainLines?
    let buffer: UnsafeBufferPointer<UInt8>
    let file: String
    var type = YAML_NO_EVENT
    var position = TextPosition(line: 1, column: 1)
    var scalar = ""
    /// The current key's place in `knownFields` when it is a known field's name.
    var known: Int?

    init(libyaml parser: UnsafeMutablePointer<yaml_parser_t>, buffer: UnsafeBufferPointer<UInt8>, file: String) {
      (libyaml, plain, self.buffer, self.file) = (parser, nil, buffer, file)
    }

    init(plain lines: PlainLines, buffer: UnsafeBufferPointer<UInt8>, file: String) {
      (libyaml, plain, self.buffer, self.file) = (nil, lines, buffer, file)
    }

    /// Reads the fields into `result` and the stream to its end; the refusal, if any.
    mutating func read(into result: inout FrontMatter, problems: inout [CorpusProblem], warnings: inout [CorpusProblem])
      -> Refusal?
    {
      do throws(Refusal) {
        var shape: Refusal?
        try fields(into: &result, problems: &problems, warnings: &warnings, shape: &shape)
        while type != YAML_STREAM_END_EVENT { try next() }
        return shape
      } catch {
        return error
      }
    }

    /// Moves to the next event; an alias or a syntax error ends the walk. With `whenUnknown` (a
    /// key), `known` is set, and a scalar's `String` is made only when it is not a known field's
    /// name: the field names it.
    mutating func next(whenUnknown: Bool = false) throws(Refusal) {
      if let event = plain?.next() {
        try take(event.type, line: event.line, column: event.column, bytes: event.bytes, whenUnknown: whenUnknown)
      } else if let parser = libyaml {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw Refusal.syntax(syntaxProblem(parser)) }
        defer { yaml_event_delete(&event) }
        // `value` holds `length` bytes (libyaml checked them as UTF-8).
        let bytes =
          event.type == YAML_SCALAR_EVENT
          ? UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length) : nil
        try take(
          event.type, line: Int(event.start_mark.line), column: Int(event.start_mark.column), bytes: bytes,
          whenUnknown: whenUnknown)
      }
    }

    /// Makes the event of `type` starting at `line` and `column` (from 0) the current one, with
    /// `bytes` a scalar's text.
    private mutating func take(
      _ type: yaml_event_type_t, line: Int, column: Int, bytes: UnsafeBufferPointer<UInt8>?, whenUnknown: Bool
    ) throws(Refusal) {
      self.type = type
      // libyaml counts from 0; the YAML starts on line 2, after the opening `---`.
      position = TextPosition(line: line + 2, column: column + 1)
      if type == YAML_ALIAS_EVENT { throw Refusal.alias(position) }
      // Past the stream's end libyaml gives empty events: a walk that asks for one ends here.
      if type == YAML_NO_EVENT { throw Refusal.syntax(CorpusProblem(file: file, message: "invalid YAML front matter")) }
      if type == YAML_SCALAR_EVENT, let bytes {
        known = whenUnknown ? FrontMatter.knownPlace(of: bytes) : nil
        scalar = known != nil ? "" : String(decoding: bytes, as: UTF8.self)
      }
    }

    /// Moves past the node that starts at the current event (a scalar, or a whole list or mapping).
    mutating func skipNode() throws(Refusal) {
      var depth = 0
      repeat {
        if type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT { depth += 1 }
        if type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT { depth -= 1 }
        if depth > 0 { try next() }
      } while depth > 0
    }

    /// Reads the one document's mapping into `result`; a front matter that is not one mapping of
    /// distinct scalar keys sets `shape` (the first such fault) and is read on only to its end.
    mutating func fields(
      into result: inout FrontMatter, problems: inout [CorpusProblem], warnings: inout [CorpusProblem],
      shape: inout Refusal?
    ) throws(Refusal) {
      try next()  // stream start
      try next()
      guard type == YAML_DOCUMENT_START_EVENT else { return }  // no document: no fields
      try next()
      guard type == YAML_MAPPING_START_EVENT else {
        shape = .shape(position, "the front matter must be 'field: value' lines (a YAML mapping)")
        return
      }
      // Where each known field was first seen, by its place among them; other names are hashed
      // (a 64 KB flow mapping can hold thousands), in a table made only when there is one.
      var seenKnown = PerField<TextPosition?>(repeating: nil)
      var seenOther: [String: TextPosition] = [:]
      while true {
        try next(whenUnknown: true)
        if type == YAML_MAPPING_END_EVENT { break }
        guard type == YAML_SCALAR_EVENT else {
          if shape == nil {
            shape = .shape(
              position, "a field name must be a word such as 'title', not a list or mapping; write 'field: value'")
          }
          try skipNode()
          try next()
          try skipNode()
          continue
        }
        let known = known
        // A known field's name is its raw value (the same bytes).
        let key = known.map { knownFields[$0].rawValue } ?? scalar
        let here = position
        let first = known.map { Self.claim(&seenKnown[$0], at: here) } ?? Self.claim(&seenOther[key], at: here)
        if let first, shape == nil {
          shape = .shape(here, "the field '\(key)' is given twice (first at \(first)); keep one of them")
        }
        try next()
        guard let known else {
          warnings.append(
            CorpusProblem(
              file: file, location: here.description,
              message: "unknown field '\(key)' ignored (known: \(knownNames))"))
          try skipNode()
          continue
        }
        let field = knownFields[known]
        if field == .authors {
          try readAuthors(key: here, into: &result, problems: &problems)
        } else if type == YAML_SCALAR_EVENT {
          result.scalars[known] = Scalar(value: scalar, position: position)
        } else {
          problems.append(CorpusProblem(file: file, location: "\(position): \(key)", message: "expected a single value"))
          try skipNode()
        }
      }
      try next()  // document end
      try next()
      if type == YAML_DOCUMENT_START_EVENT, shape == nil {
        shape = .shape(
          position, "the front matter holds a second YAML document; keep only 'field: value' lines between the '---' lines")
      }
    }

    /// Where a name was first seen, or nil when it is new (then it is seen `here`).
    private static func claim(_ slot: inout TextPosition?, at here: TextPosition) -> TextPosition? {
      defer { slot = slot ?? here }
      return slot
    }

    /// The authors: a list of names, or one name.
    private mutating func readAuthors(key: TextPosition, into result: inout FrontMatter, problems: inout [CorpusProblem])
      throws(Refusal)
    {
      if type == YAML_SCALAR_EVENT {
        result.authors = scalar.isEmpty ? [] : [scalar]
      } else if type == YAML_SEQUENCE_START_EVENT {
        var names: [String] = []
        try next()
        while type != YAML_SEQUENCE_END_EVENT {
          if type == YAML_SCALAR_EVENT {
            names.append(scalar)
          } else {
            problems.append(CorpusProblem(file: file, location: "\(position): authors", message: "each author must be a name"))
            try skipNode()
          }
          try next()
        }
        result.authors = names
      } else {
        problems.append(CorpusProblem(file: file, location: "\(key): authors", message: "expected a list of names"))
        try skipNode()
      }
    }

    /// libyaml's own words for what it could not parse, where it was.
    private func syntaxProblem(_ parser: UnsafeMutablePointer<yaml_parser_t>) -> CorpusProblem {
      let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown error"
      switch parser.pointee.error {
      case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
        let position = TextPosition(line: Int(parser.pointee.problem_mark.line) + 2, column: Int(parser.pointee.problem_mark.column) + 1)
        return CorpusProblem(file: file, location: position.description, message: "invalid YAML front matter: \(problem)")
      case YAML_READER_ERROR:
        // The reader counts bytes, not lines: the place is found in the text before that byte.
        let before = buffer.prefix(parser.pointee.problem_offset)
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let position = TextPosition(
          line: before.count { $0 == 0x0A } + 2,
          column: String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1)
        return CorpusProblem(
          file: file, location: position.description, message: "the front matter cannot be read: \(problem)")
      default:
        return CorpusProblem(file: file, message: "invalid YAML front matter: \(problem)")
      }
    }
  }
}
