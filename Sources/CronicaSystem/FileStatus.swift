import SystemPackage

/// What `stat` says about a file: its kind, size, identity and times.
public struct FileStatus: Sendable, Equatable {
  public var kind: FileKind
  public var size: Int
  /// Permission bits (`0o644`).
  public var permissions: FilePermissions
  /// Device and inode: which file this is.
  public var identity: FileIdentity
  /// Modification and status-change times, in nanoseconds since 1970.
  public var modified: Int
  /// Status-change time (`ctime`), in nanoseconds since 1970.
  public var changed: Int

  init(_ stat: Stat) {
    kind = FileKind(mode: stat.mode)
    size = Int(stat.size)
    permissions = stat.permissions
    identity = FileIdentity(device: UInt64(stat.deviceID.rawValue), inode: UInt64(stat.inode.rawValue))
    modified = Int(stat.st_mtim.tv_sec) * 1_000_000_000 + Int(stat.st_mtim.tv_nsec)
    changed = Int(stat.st_ctim.tv_sec) * 1_000_000_000 + Int(stat.st_ctim.tv_nsec)
  }

  /// The status of `path`, following symbolic links unless `followLinks` is false; nil when it
  /// does not exist.
  public static func of(_ path: String, followLinks: Bool = true) throws(SystemFailure) -> FileStatus? {
    do {
      return FileStatus(try Stat(FilePath(path), followTargetSymlink: followLinks))
    } catch .noSuchFileOrDirectory {
      return nil
    } catch {
      throw SystemFailure("read", path, .system(error))
    }
  }

  /// The status of `path`, or nil when it does not exist or cannot be examined.
  public static func at(_ path: String, followLinks: Bool = true) -> FileStatus? {
    guard let status = try? of(path, followLinks: followLinks) else { return nil }
    return status
  }

  /// The status of the running program's executable file (Cronica is Linux-only: `/proc/self/exe`).
  public static var runningProgram: FileStatus? { at("/proc/self/exe") }

  static func of(_ descriptor: FileDescriptor, path: String) throws(SystemFailure) -> FileStatus {
    do {
      return FileStatus(try Stat(descriptor))
    } catch {
      throw SystemFailure("read", path, .system(error))
    }
  }
}

/// A file's device and inode numbers.
public struct FileIdentity: Sendable, Hashable {
  public var device: UInt64
  public var inode: UInt64
}
