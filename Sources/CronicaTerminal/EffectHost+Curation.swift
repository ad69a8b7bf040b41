import CronicaModel
import CronicaUI
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A curation step the host could not apply, with what to tell the user.
struct CurationFailure: Error {
  var message: Message

  init(text: String, isError: Bool) { message = Message(text: text, isError: isError) }
}

extension EffectHost {
  /// Applies a curation step to the folder's events.json and returns the corpus as it is now.
  ///
  /// The step is applied to the file as it is on disk, read again under an exclusive lock on the
  /// folder, so that a concurrent `cronica build --update` or another browser is merged with,
  /// not overwritten; without an events.json the chronology being shown (the built proposals)
  /// is its starting point. The result must validate against the corpus's articles and themes
  /// before it replaces the file, atomically.
  func curate(_ step: CurationStep, corpus: Corpus) -> Result<CurationResult, CurationFailure> {
    guard let folder = curationFolder else {
      return .failure(CurationFailure(text: "curation changes a folder of your own articles; this corpus is not one", isError: true))
    }
    let url = folder.appendingPathComponent(CorpusFiles.events)
    let lock = Glibc.open(folder.path, O_RDONLY | O_CLOEXEC)
    if lock >= 0 { flock(lock, LOCK_EX) }
    defer {
      if lock >= 0 {
        flock(lock, LOCK_UN)
        Glibc.close(lock)
      }
    }
    var file: CorpusFiles.EventsFile
    do {
      file = try CorpusFiles.EventsFile.read(at: url) ?? CorpusFiles.EventsFile(events: Array(corpus.events))
    } catch {
      let first = error.problems.first.map { DisplayText.sanitizedLine($0.description) } ?? "unreadable"
      return .failure(CurationFailure(text: "cannot read events.json, nothing changed: \(first)", isError: true))
    }
    let outcome: (undo: CurationUndo, focus: String?)
    do {
      outcome = try file.apply(step, themes: corpus.themes)
    } catch {
      return .failure(CurationFailure(text: DisplayText.sanitizedLine(error.description), isError: true))
    }
    let updated = Corpus(articles: corpus.articles, events: file.events, themes: corpus.themes, title: corpus.title, eras: corpus.eras)
    if let problem = updated.validate(fileEvents: file.events).first {
      return .failure(CurationFailure(text: "not saved, events.json would not load: \(DisplayText.sanitizedLine(problem.description))", isError: true))
    }
    do {
      try AtomicFile.write(try file.encoded(), to: url)
    } catch let error as AtomicWriteError {
      return .failure(CurationFailure(text: "not saved: \(DisplayText.sanitizedLine(error.description))", isError: true))
    } catch {
      return .failure(CurationFailure(text: "not saved: \(error)", isError: true))
    }
    let summary: String
    if case .undo(let undone) = step {
      summary = "undid: \(undone.summary)"
    } else {
      summary = outcome.undo.summary + " (u undoes)"
    }
    let isUndo: Bool
    if case .undo = step { isUndo = true } else { isUndo = false }
    return .success(
      CurationResult(corpus: updated, undo: isUndo ? nil : outcome.undo, focus: outcome.focus, message: summary))
  }
}
