import CronicaModel
import CronicaUI
import Foundation

extension OpenedCorpus {
  /// Saves the corpus's snapshot when it was asked for (a large corpus folder loaded from its
  /// files); returns a note when that failed, which is never a failed command (it is a cache).
  func saveSnapshot(index: EventIndex) -> String? {
    guard let snapshotRequest else { return nil }
    do {
      try snapshotRequest.save(corpus, index: index)
      return nil
    } catch {
      return "cronica: note: the corpus snapshot was not saved (\(DisplayText.sanitizedLine(error.description)));"
        + " the next run loads the files again\n"
    }
  }

  /// Saves the snapshot like `saveSnapshot(index:)`, printing a failure's note on standard error.
  func saveSnapshotNotingFailure(index: EventIndex) {
    if let note = saveSnapshot(index: index) { FileHandle.standardError.write(Data(note.utf8)) }
  }
}
