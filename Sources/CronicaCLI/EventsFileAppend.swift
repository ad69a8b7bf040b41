import CronicaSystem
import CronicaModel
import CronicaUI
import Foundation

/// `cronica extract --write`: appends proposals to a user folder's `events.json`, atomically.
enum EventsFileAppend {
  /// Appends the proposals not already in the file (same article, quote and start), marked
  /// extracted, with ids made unique; validates the result before writing; returns a note for people.
  static func append(_ proposals: [ProposedEvent], to folder: URL, corpus: Corpus) throws(CommandFailure) -> String {
    let url = folder.appendingPathComponent(CorpusFiles.events)
    var file = CorpusFiles.EventsFile(events: [])
    do {
      if let existing = try CorpusFiles.EventsFile.read(at: url) { file = existing }
    } catch {
      throw .data(
        "cannot read \(DisplayText.sanitizedLine(url.path)): "
          + error.problems.map { DisplayText.sanitizedLine($0.description) }.joined(separator: "; "))
    }
    var taken = UniqueIDs(taken: file.events.map(\.id))
    let present = Set(file.events.map { key($0) })
    var added: [Event] = []
    var skipped = 0
    for proposal in proposals {
      guard !present.contains(key(proposal.event)) else {
        skipped += 1
        continue
      }
      added.append(ProposedChronology.marked(proposal, themes: corpus.themes, taken: &taken))
    }
    file.events += added
    let check = Corpus(articles: corpus.articles, events: file.events, themes: corpus.themes)
    let problems = check.validate(fileEvents: file.events)
    guard problems.isEmpty else {
      throw .data(
        (["the proposals do not validate; \(CorpusFiles.events) is unchanged:"]
          + problems.map { DisplayText.sanitizedLine($0.description) }).joined(separator: "\n"))
    }
    if !added.isEmpty {
      do {
        try FileWriter.write(try file.encoded(), to: url.path)
      } catch let error as SystemFailure {
        throw CommandFailure(DisplayText.sanitizedLine(error.description), status: Export.cannotCreateStatus)
      } catch {
        throw CommandFailure("cannot encode \(CorpusFiles.events): \(error)", status: 70)
      }
    }
    let noun = added.count == 1 ? "event" : "events"
    var note = "appended \(added.count) \(noun) to \(DisplayText.sanitizedLine(url.path)) (marked extracted)"
    if skipped > 0 { note += "; \(skipped) already there" }
    return note + "\n"
  }

  /// What makes two events the same proposal: the first citation's article and quote, and the start.
  static func key(_ event: Event) -> String {
    let citation = event.citations.first
    return [citation?.article ?? "", citation?.quote ?? "", event.start.edtf].joined(separator: "\u{1F}")
  }
}
