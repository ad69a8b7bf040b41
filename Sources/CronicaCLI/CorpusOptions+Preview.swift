import CronicaModel
import CronicaSystem
import CronicaTerminal
import Foundation
import Synchronization

/// The browser's progressive first open: a large corpus folder without a current snapshot
/// shows a preview of its first events at once and loads the whole corpus behind it.
extension CorpusOptions {
  /// What the browser starts on.
  enum BrowserStart {
    /// The corpus, opened as every command opens it.
    case opened(OpenedCorpus)
    /// The first events of a large corpus folder, and the load of the whole corpus from its
    /// files (told how much of `events.json` is read and checked as it goes).
    case preview(Corpus, load: Load)
  }

  typealias Load = @Sendable (_ progress: Corpus.Progress?) throws(CommandFailure) -> OpenedCorpus

  /// Opens the chosen corpus for the browser: from a current snapshot when there is one
  /// (its content checked after the first frame), else as a preview of its first `events`
  /// events when it is a large corpus folder whose `events.json` starts in chronological order,
  /// else as `open` does (which reports the problems of a corpus that does not load). The
  /// snapshot is looked for once: the load behind a preview, or instead of it, reads the files.
  func openForBrowser(explicit: String?, in context: CommandContext, events: Int) throws(CommandFailure)
    -> BrowserStart
  {
    let url = try location(explicit: explicit, in: context)
    guard FileStatus.at(url.appendingPathComponent(CorpusFiles.manifest).path) != nil else {
      // The browser runs on: the events built for a folder of articles are freed here, on all
      // cores, before its first frame and the trim that follows the open (where the store's own
      // free would cost the same), never held while it runs.
      return .opened(try open(explicit: explicit, in: context, built: .freed))
    }
    var snapshots = SnapshotCache.standard(environment: context.environment)
    snapshots?.verifiesContent = false
    if let opened = Corpus.openSnapshot(of: url, in: snapshots) { return .opened(opened) }
    let load: Load = { [snapshots] progress throws(CommandFailure) in
      // A manifest folder's events are read, never built.
      try opened(explicit: explicit, at: url, in: context, built: .freed) { _ throws(CorpusError) in
        try Corpus.openFiles(of: url, snapshots: snapshots, progress: progress)
      }
    }
    guard let preview = Corpus.preview(of: url, events: events) else { return .opened(try load(nil)) }
    return .preview(preview, load: load)
  }
}

/// The corpus the browser's background load opened, kept for the snapshot save that follows
/// its index (on another background thread).
final class LoadedCorpus: Sendable {
  let value: Mutex<OpenedCorpus?>
  init(_ opened: OpenedCorpus?) { value = Mutex(opened) }
}
