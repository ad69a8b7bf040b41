import SystemPackage

import Glibc

/// The one way Cronica writes a whole file, deciding by what the path names:
///
/// - a regular file, or nothing yet: replaced atomically (`AtomicReplacement`);
/// - a symbolic link: followed to its final target, which is written by these same rules (the
///   link stays a link);
/// - a FIFO or a device: opened and written in place, as `cat > PATH` would (never replaced);
/// - a folder (or a path ending in `/`), a socket: refused.
public enum FileWriter {
  /// Writes `bytes` as the whole content of the file at `path`.
  ///
  /// - Parameter permissions: the mode of a new file, less the umask (an existing file keeps its own).
  public static func write(
    _ bytes: some Sequence<UInt8>, to path: String,
    permissions: FilePermissions = [.ownerReadWrite, .groupReadWrite, .otherReadWrite]
  ) throws(SystemFailure) {
    guard !path.isEmpty else { throw SystemFailure("write", path, .system(.noSuchFileOrDirectory)) }
    if path.hasSuffix("/") { throw SystemFailure("write", path, .folder) }
    let target = try finalTarget(of: path)
    let status = try FileStatus.of(target, followLinks: false)
    switch status?.kind {
    case nil, .regular:
      try replace(target, with: bytes, permissions: permissions, shownAs: path)
    case .fifo, .characterDevice, .blockDevice:
      try writeInPlace(target, bytes, permissions: permissions, shownAs: path)
    case .folder:
      throw SystemFailure("write", path, .folder)
    case .some(let kind):
      throw SystemFailure("write", path, .notRegular(kind))
    }
  }

  /// `path` with every symbolic link along the last component followed (relative targets
  /// resolved against the link's folder); the path itself when it is no link or does not exist.
  public static func finalTarget(of path: String) throws(SystemFailure) -> String {
    var current = path
    for _ in 0..<40 {
      guard let status = try FileStatus.of(current, followLinks: false), status.kind == .symbolicLink else {
        return current
      }
      let target = try SystemCall.linkTarget(current)
      if target.hasPrefix("/") {
        current = target
      } else if let slash = current.lastIndex(of: "/") {
        current = String(current[...slash]) + target
      } else {
        current = target
      }
    }
    throw SystemFailure("write", path, .system(.tooManySymbolicLinkLevels))
  }

  private static func replace(
    _ target: String, with bytes: some Sequence<UInt8>, permissions: FilePermissions, shownAs path: String
  ) throws(SystemFailure) {
    do {
      let replacement = try AtomicReplacement(replacing: target, permissions: permissions)
      try replacement.write(Array(bytes))
      try replacement.commit()
    } catch {
      throw SystemFailure(error.action, path, error.cause)
    }
  }

  /// Writes a FIFO or device in place. Opened without truncation and checked again once open:
  /// should a regular file have taken its place meanwhile, that one is replaced atomically instead.
  private static func writeInPlace(
    _ target: String, _ bytes: some Sequence<UInt8>, permissions: FilePermissions, shownAs path: String
  ) throws(SystemFailure) {
    let descriptor: FileDescriptor
    do {
      // O_NOCTTY: a terminal given as the destination never becomes the controlling terminal.
      descriptor = try FileDescriptor.open(
        FilePath(target), .writeOnly, options: [.closeOnExec, .noFollow, FileDescriptor.OpenOptions(rawValue: O_NOCTTY)])
    } catch {
      throw SystemFailure("write", path, thrown: error)
    }
    let becameRegular: Bool
    do {
      becameRegular = try FileStatus.of(descriptor, path: path).kind == .regular
      if !becameRegular { _ = try descriptor.writeAll(bytes) }
    } catch {
      try? descriptor.close()
      throw SystemFailure("write", path, thrown: error)
    }
    try? descriptor.close()
    if becameRegular { try replace(target, with: bytes, permissions: permissions, shownAs: path) }
  }
}
