import SystemPackage

/// Replaces (or creates) one regular file atomically: the bytes go to a temporary file beside it
/// (`.NAME.tmp-XXXXXX`), which is flushed to disk and renamed over the file only when complete.
/// A reader sees the old file or the whole new one, never a part.
///
/// A new file gets `permissions` less the umask (the kernel applies it, as for any `open`); an
/// existing file keeps its mode. The temporary is `flock`ed until the rename, so that one nobody
/// holds was left by a killed writer and is removed after the next successful replacement.
/// Dropping a replacement that was not committed removes its temporary.
public final class AtomicReplacement {
  public let path: String
  private let folder: String
  private let name: String
  private let temporary: String
  private let descriptor: FileDescriptor
  private var finished = false

  /// Starts replacing `path` (already resolved: no symbolic link, a regular file or nothing).
  public init(replacing path: String, permissions: FilePermissions = [.ownerReadWrite, .groupReadWrite, .otherReadWrite])
    throws(SystemFailure)
  {
    self.path = path
    let slash = path.lastIndex(of: "/")
    folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
    name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var attempt = 0
    while true {
      let candidate = (slash == nil ? "" : folder + "/") + "." + name + ".tmp-" + Self.randomSuffix()
      do {
        descriptor = try FileDescriptor.open(
          FilePath(candidate), .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
          permissions: permissions)
        temporary = candidate
        break
      } catch .fileExists where attempt < 100 {
        attempt += 1
      } catch {
        throw SystemFailure("write", path, thrown: error)
      }
    }
    do {
      _ = try SystemCall.lockExclusively(descriptor, path: path)
    } catch {
      discard()
      throw error
    }
  }

  deinit { discard() }

  public func write(_ bytes: UnsafeRawBufferPointer) throws(SystemFailure) {
    do {
      _ = try descriptor.writeAll(bytes)
    } catch {
      discard()
      throw SystemFailure("write", path, thrown: error)
    }
  }

  public func write(_ bytes: [UInt8]) throws(SystemFailure) {
    do {
      try bytes.withUnsafeBytes { try write($0) }
    } catch {
      throw SystemFailure("write", path, thrown: error)
    }
  }

  /// Makes the new content the file: keeps an existing file's mode, flushes, renames into place,
  /// then removes temporaries of killed writers and flushes the folder.
  public func commit() throws(SystemFailure) {
    guard !finished else { return }
    do {
      if let existing = try FileStatus.of(path), existing.kind == .regular {
        try SystemCall.setPermissions(descriptor, existing.permissions, path: path)
      }
      try SystemCall.sync(descriptor, path: path)
      // Renamed while still locked and open: a sweep by another writer never takes it for abandoned.
      try SystemCall.rename(temporary, to: path)
    } catch {
      discard()
      throw error
    }
    finished = true
    try? descriptor.close()
    Self.sweep(folder: folder, name: name)
    SystemCall.syncFolder(folder)
  }

  /// Closes and removes the temporary (a failed or abandoned replacement).
  private func discard() {
    guard !finished else { return }
    finished = true
    try? descriptor.close()
    SystemCall.remove(temporary)
  }

  /// Removes temporaries of `name` that no live writer holds (their writer was killed).
  static func sweep(folder: String, name: String) {
    let prefix = "." + name + ".tmp-"
    for entry in (try? Folder.entries(folder)) ?? [] where entry.hasPrefix(prefix) && entry.utf8.count == prefix.utf8.count + 6 {
      let stale = folder + "/" + entry
      guard
        let descriptor = try? FileDescriptor.open(
          FilePath(stale), .readOnly, options: [.noFollow, .nonBlocking, .closeOnExec])
      else { continue }
      if (try? SystemCall.lockExclusively(descriptor, path: stale, wait: false)) == true { SystemCall.remove(stale) }
      try? descriptor.close()
    }
  }

  private static func randomSuffix() -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return String((0..<6).map { _ in letters.randomElement()! })
  }
}
