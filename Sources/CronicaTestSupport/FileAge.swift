import Foundation

/// Makes files look old: a corpus file modified within the last second gets no snapshot (it may
/// still be changing), so tests that want one age the files they just copied.
public enum FileAge {
  /// Sets the modification time of every file under `folder` (and the folder) an hour back.
  public static func backdate(_ folder: URL) throws {
    let hourAgo = Date(timeIntervalSinceNow: -3_600)
    try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder.path)
    let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let file = files?.nextObject() as? URL {
      try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: file.path)
    }
  }
}
