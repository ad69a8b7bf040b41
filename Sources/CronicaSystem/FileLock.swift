import SystemPackage

/// An exclusive advisory lock (`flock`) on a lock file beside the data it guards, held until
/// `unlock` or until it is dropped. The lock file is never replaced, so every process that
/// locks it locks the same file, even while the data file itself is replaced atomically.
public final class FileLock {
  private var descriptor: FileDescriptor?
  public let path: String

  /// Creates `path` if needed and waits until this process holds it exclusively.
  public init(exclusive path: String) throws(SystemFailure) {
    self.path = path
    let opened: FileDescriptor
    do {
      opened = try FileDescriptor.open(
        FilePath(path), .readWrite, options: [.create, .nonBlocking, .closeOnExec, .noFollow],
        permissions: [.ownerReadWrite, .groupReadWrite, .otherReadWrite])
    } catch {
      throw SystemFailure("lock", path, thrown: error)
    }
    do {
      let status = try FileStatus.of(opened, path: path)
      guard status.kind == .regular else { throw SystemFailure("lock", path, .notRegular(status.kind)) }
      _ = try SystemCall.lockExclusively(opened, path: path)
    } catch {
      try? opened.close()
      throw SystemFailure("lock", path, thrown: error)
    }
    descriptor = opened
  }

  /// Releases the lock (closing the file releases it).
  public func unlock() {
    try? descriptor?.close()
    descriptor = nil
  }

  deinit { unlock() }
}
