import CronicaModel
import CronicaUI
import Foundation

/// A curation step the host could not apply, with what to tell the user.
struct CurationFailure: Error {
  var message: Message

  init(text: String, isError: Bool) { message = Message(text: text, isError: isError) }
}

extension EffectHost {
  /// Applies a curation step to the folder's events.json and returns the corpus as it is now.
  ///
  /// The step is applied to the file as it is on disk, read again under the folder's events.json
  /// lock (`EventsFile.update`), so that a concurrent `cronica build --update` or another browser is merged with,
  /// not overwritten; without an events.json the chronology being shown (the built proposals)
  /// is its starting point. The result must validate against the corpus's articles and themes
  /// before it replaces the file, atomically.
  func curate(_ step: CurationStep, corpus: Corpus) -> Result<CurationResult, CurationFailure> {
    guard let folder = curationFolder else {
      return .failure(CurationFailure(text: "curation changes a folder of your own articles; this corpus is not one", isError: true))
    }
    let updated: Corpus
    let outcome: (undo: CurationUndo, focus: String?)
    do throws(EventsFileUpdateFailure) {
      let done = try CorpusFiles.EventsFile.update(
        in: folder, missing: { CorpusFiles.EventsFile(events: Array(corpus.events)) },
        change: { (file: inout CorpusFiles.EventsFile) throws(EventsFileUpdateFailure) -> (undo: CurationUndo, focus: String?) in
          do throws(CurationError) {
            return try file.apply(step, themes: corpus.themes)
          } catch {
            throw EventsFileUpdateFailure(.change, error.description)
          }
        },
        check: { file in
          Corpus(articles: corpus.articles, events: file.events, themes: corpus.themes).validate(fileEvents: file.events)
        })
      outcome = done.value
      updated = Corpus(
        articles: corpus.articles, events: done.file.events, themes: corpus.themes, title: corpus.title, eras: corpus.eras)
    } catch {
      let reason = DisplayText.sanitizedLine(error.description)
      let text: String
      switch error.stage {
      case .lock: text = "not saved, cannot lock events.json: \(reason)"
      case .read: text = "cannot read events.json, nothing changed: \(reason)"
      case .change: text = error.description.hasPrefix("events.json") ? "not saved, \(reason)" : reason
      case .write: text = "not saved: \(reason)"
      }
      return .failure(CurationFailure(text: text, isError: true))
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
