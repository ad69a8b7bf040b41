/// One step of curating a built chronology: what a person decided about a proposal.
public enum CurationStep: Hashable, Sendable {
  /// Keep a proposal: it loses `origin: "extracted"`.
  case accept(id: String)
  /// Remove an event; its citations are remembered so that a rebuild does not bring it back.
  case reject(id: String)
  case retitle(id: String, title: String)
  /// Merge the first event into the second (its citations and themes join the second's; the
  /// date becomes the period both allow).
  case merge(id: String, into: String)
  case undo(CurationUndo)
}

/// How to undo a curation step: the events it changed or removed, as they were, and the
/// rejections it added. Applied by id, so it undoes the step even if the file changed since.
public struct CurationUndo: Hashable, Sendable {
  /// Events as they were before the step, with their position in the file then.
  var before: [Event]
  var positions: [Int]
  /// Rejections the step added.
  var rejected: [Citation]
  /// The step in words, past tense ("accepted 'x'").
  public var summary: String
  /// The event to select after undoing.
  public var focus: String?
}

/// Why a curation step cannot be applied.
public struct CurationError: Error, Sendable, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}

extension CorpusFiles.EventsFile {
  /// Applies a curation step; returns how to undo it and the event to select afterwards.
  ///
  /// - Parameter themes: the taxonomy, to keep a merged event's themes in its order.
  public mutating func apply(_ step: CurationStep, themes: [Theme] = []) throws(CurationError)
    -> (undo: CurationUndo, focus: String?)
  {
    func position(_ id: String) throws(CurationError) -> Int {
      guard let found = events.firstIndex(where: { $0.id == id }) else {
        throw CurationError("no event '\(id)' in events.json (was it changed by someone else?)")
      }
      return found
    }
    switch step {
    case .accept(let id):
      let index = try position(id)
      guard events[index].origin != nil else { throw CurationError("'\(id)' is already accepted") }
      let undo = CurationUndo(before: [events[index]], positions: [index], rejected: [], summary: "accepted '\(id)'", focus: id)
      events[index].origin = nil
      return (undo, id)
    case .reject(let id):
      let index = try position(id)
      let event = events.remove(at: index)
      var list = rejected ?? []
      let added = event.citations.filter { !list.contains($0) }
      list += added
      rejected = list
      let undo = CurationUndo(before: [event], positions: [index], rejected: added, summary: "rejected '\(id)'", focus: id)
      return (undo, events.indices.contains(index) ? events[index].id : events.last?.id)
    case .retitle(let id, let title):
      let index = try position(id)
      let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { throw CurationError("a title cannot be empty") }
      guard !trimmed.contains(where: { $0.isNewline }) else { throw CurationError("a title is one line") }
      let undo = CurationUndo(before: [events[index]], positions: [index], rejected: [], summary: "retitled '\(id)'", focus: id)
      events[index].title = trimmed
      return (undo, id)
    case .merge(let id, let targetID):
      guard id != targetID else { throw CurationError("an event cannot be merged into itself") }
      let sourceIndex = try position(id)
      let targetIndex = try position(targetID)
      let source = events[sourceIndex]
      let target = events[targetIndex]
      let merged = try Self.merged(source, into: target, themes: themes)
      let undo = CurationUndo(
        before: [source, target], positions: [sourceIndex, targetIndex], rejected: [],
        summary: "merged '\(id)' into '\(targetID)'", focus: targetID)
      events[targetIndex] = merged
      events.remove(at: sourceIndex)
      return (undo, targetID)
    case .undo(let undo):
      // Put every event back where it was (by id when it is still there).
      for (event, index) in zip(undo.before, undo.positions).sorted(by: { $0.1 < $1.1 }) {
        if let current = events.firstIndex(where: { $0.id == event.id }) {
          events[current] = event
        } else {
          events.insert(event, at: min(index, events.count))
        }
      }
      if var list = rejected {
        list.removeAll { undo.rejected.contains($0) }
        rejected = list.isEmpty ? nil : list
      }
      return (undo, undo.focus)
    }
  }

  /// Two events as one: the target's id, title and kind; the citations of both (the target's
  /// first); the themes of both in taxonomy order; the period both dates allow.
  static func merged(_ source: Event, into target: Event, themes: [Theme]) throws(CurationError) -> Event {
    let first = max(source.earliest, target.earliest)
    let last = min(source.latest, target.latest)
    guard first <= last else {
      throw CurationError(
        "their dates do not overlap (\(target.display) and \(source.display)); change one of them first")
    }
    var result = target
    // The narrower date when it lies within the other (its display too); else some day in the
    // days both allow.
    if target.earliest >= source.earliest, target.latest <= source.latest {
      // The target's dates already say it.
    } else if source.earliest >= target.earliest, source.latest <= target.latest {
      result.start = source.start
      result.end = source.end
      result.display = source.display
      result.dateBasis = "the period both merged events allow: \(target.display) and \(source.display)"
    } else if let shared = EDTFDate(days: first, last) {
      result.start = shared
      result.end = nil
      result.display = shared.readable
      result.dateBasis = "the period both merged events allow: \(target.display) and \(source.display)"
    }
    result.citations = target.citations + source.citations.filter { !target.citations.contains($0) }
    let order = Dictionary(themes.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    let keys = target.themes + source.themes.filter { !target.themes.contains($0) }
    result.themes = keys.enumerated().sorted { (order[$0.element] ?? Int.max, $0.offset) < (order[$1.element] ?? Int.max, $1.offset) }
      .map(\.element)
    if source.themeEvidence != nil || target.themeEvidence != nil {
      result.themeEvidence = (source.themeEvidence ?? [:]).merging(target.themeEvidence ?? [:]) { _, mine in mine }
    }
    // A person has decided about one of them: the result is theirs.
    if source.origin == nil || target.origin == nil { result.origin = nil }
    return result
  }

  /// This file with the built events added that are new: not citing first a passage some event
  /// of the file already cites, nor a rejected one. Returns the file and how many were added.
  public func adding(_ built: [Event]) -> (file: CorpusFiles.EventsFile, added: Int) {
    var cited = Set(events.flatMap(\.citations))
    cited.formUnion(rejected ?? [])
    var ids = UniqueIDs(taken: events.map(\.id))
    var result = self
    var added = 0
    for var event in built {
      guard let first = event.citations.first, !cited.contains(first) else { continue }
      // An id taken meanwhile (by a concurrent writer) gets a suffix.
      event.id = ids.claim(event.id)
      result.events.append(event)
      cited.formUnion(event.citations)
      added += 1
    }
    return (result, added)
  }
}
