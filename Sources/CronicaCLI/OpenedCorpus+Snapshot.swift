import CronicaModel
import CronicaUI
import Foundation

extension OpenedCorpus {
  /// Saves the corpus's snapshot when it was asked for (a large corpus folder loaded from its
  /// files); returns why not when that failed (a full disk, `ulimit -f`), which is never a failed
  /// command: the snapshot is a cache, and its temporary file is removed.
  func saveSnapshot(index: EventIndex) -> String? {
    guard let snapshotRequest else { return nil }
    do {
      try snapshotRequest.save(corpus, index: index)
      return nil
    } catch {
      return "the corpus snapshot was not saved (\(DisplayText.sanitizedLine(error.description)));"
        + " the next run loads the files again"
    }
  }

  /// The snapshot's failure note for standard error (`cronica: note: …`), or nothing.
  func saveSnapshotNote(index: EventIndex) -> String {
    saveSnapshot(index: index).map { "cronica: note: \($0)\n" } ?? ""
  }

  /// Fails (status 74) when the corpus snapshot this corpus reads was changed on disk since it
  /// was opened: what was read from it cannot be trusted. Checked before output is printed.
  func checkSnapshotUnchanged() throws(CommandFailure) {
    if corpus.events.snapshotChangedOnDisk() {
      throw CommandFailure(Self.snapshotChangedMessage, status: CronicaCommand.outputErrorStatus)
    }
  }

  /// What the user is told when the snapshot changed under the program.
  static let snapshotChangedMessage = "the corpus snapshot changed on disk; reopen"
}
