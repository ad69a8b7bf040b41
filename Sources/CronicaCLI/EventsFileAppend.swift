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
    var file = Document(formatVersion: 1, events: [])
    if FileManager.default.fileExists(atPath: url.path) {
      do {
        let existing = try JSONDecoder().decode(CorpusFiles.EventsFile.self, from: Corpus.readData(at: url))
        file = Document(formatVersion: existing.formatVersion, events: existing.events)
      } catch let error as Corpus.ReadFailure {
        throw .data("cannot read \(DisplayText.sanitizedLine(url.path)): \(error.message)")
      } catch {
        throw .data("cannot read \(DisplayText.sanitizedLine(url.path)): \(error.localizedDescription)")
      }
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
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      do {
        try FileWriter.write(try encoder.encode(file) + Data("\n".utf8), to: url.path)
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

  /// `events.json` as written: `format_version` and the events.
  struct Document: Encodable {
    var formatVersion: Int
    var events: [Event]

    enum CodingKeys: String, CodingKey {
      case formatVersion = "format_version"
      case events
    }
  }

  /// What makes two events the same proposal: the first citation's article and quote, and the start.
  static func key(_ event: Event) -> String {
    let citation = event.citations.first
    return [citation?.article ?? "", citation?.quote ?? "", event.start.edtf].joined(separator: "\u{1F}")
  }
}
