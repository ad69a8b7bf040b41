import CNcurses
import CronicaSystem

/// Turns a memory fault inside a mapped file (another process truncated it while it was in use)
/// into a clean exit: terminal restored, `Error: the corpus snapshot changed on disk; reopen` on
/// standard error, status 74, the same as when the browser notices the change itself.
public enum FaultGuard {
  /// Guards every file mapped from now on, for as long as it stays mapped. Called once by the
  /// `cronica` executable at start.
  public static func watchMappedFiles() {
    MappedFile.install(
      MappedFile.Watch(
        didMap: { start, length in cn_guard_mapping(start, length) },
        willUnmap: { start, _ in cn_unguard_mapping(start) }))
  }
}
