extension Corpus {
  /// Every event's support warnings (`Event.supportWarnings()`), located in `events.json`
  /// (`events[12].summary`, `events[12].citations[1].quote`). Warnings, not load errors:
  /// `cronica validate` prints them, and the bundled chronology has none.
  ///
  /// - Parameter fileEvents: the events in file order, so that locations match the file;
  ///   defaults to the corpus's chronological order.
  public func supportWarnings(fileEvents: [Event]? = nil) -> [CorpusProblem] {
    let list = fileEvents ?? Array(events)
    let ranges = Parallel.ranges(of: list.count, minimum: 2_000)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      ranges[piece].flatMap { index in
        list[index].supportWarnings().map { warning in
          CorpusProblem(file: CorpusFiles.events, location: "events[\(index)].\(warning.field)", message: warning.message)
        }
      }
    }
    return Array(pieces.joined())
  }
}
