import CStatfs
import Glibc
import SystemPackage

public enum Folder {
  /// Whether `path` names a folder (links followed).
  public static func exists(_ path: String) -> Bool { FileStatus.at(path)?.kind == .folder }

  /// Makes the folder and any missing parents (mode 0777 less the umask), as `mkdir -p` does.
  public static func create(_ path: String) throws(SystemFailure) {
    if exists(path) { return }
    if let slash = path.dropLast().lastIndex(of: "/"), slash != path.startIndex {
      try create(String(path[..<slash]))
    }
    do {
      try SystemCall.run("create", path) { mkdir(path, 0o777) }
    } catch where error.errno == .fileExists && exists(path) {}
  }

  /// The names in a folder (without `.` and `..`), in no particular order.
  public static func entries(_ path: String) throws(SystemFailure) -> [String] { try listing(path).names }

  /// The names in a folder (without `.` and `..`), in no particular order, and what the listing
  /// said of which are regular files (`d_type`): nothing on a file system not known to read
  /// regular files short only at their end (`ListedKinds.readsShortOnlyAtEnd`).
  public static func listing(_ path: String) throws(SystemFailure) -> (names: [String], kinds: ListedKinds) {
    guard let stream = opendir(path) else { throw SystemFailure.lastError("list", path) }
    defer { closedir(stream) }
    var names: [String] = []
    var kinds = ListedKinds.readsShortOnlyAtEnd(dirfd(stream)) ? ListedKinds() : .unknown
    while let entry = readdir(stream) {
      let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
      guard name != ".", name != ".." else { continue }
      names.append(name)
      if UnsafeRawPointer(entry).load(fromByteOffset: typeOffset, as: UInt8.self) != UInt8(DT_REG) { kinds.noteOther(name) }
    }
    return (names, kinds)
  }

  /// Where `d_name` starts in a `dirent`. The name is read in place up to its NUL: a record ends
  /// there, so copying the whole 256-byte field (`entry.pointee.d_name`) reads past the last
  /// record of readdir's buffer (AddressSanitizer: heap-buffer-overflow on a 4,000-file folder).
  private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19

  /// Where `d_type` is in a `dirent` (read in place, as the name).
  private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 18

  /// The path with symbolic links, `.` and `..` resolved; nil when it does not exist.
  public static func resolved(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// Which names of a folder its listing said are regular files (`d_type`), so that a reader of
/// many files can leave out each one's `fstat` (`RegularFile.read(_:in:limit:listedRegular:into:)`).
public struct ListedKinds: Sendable {
  /// The names listed as anything else: a folder, link, FIFO, device, socket, or no kind said
  /// (nearly always none). Two names equal as strings but not as bytes (é composed or not) share
  /// their membership: a regular file may then be read checked, never the other way round.
  private var others: Set<String> = []
  /// Whether no name is taken as a regular file: past `othersKept` other names (a file system
  /// that says no kind, such as XFS without ftype or some network ones; a folder of links), the
  /// names are no longer hashed on the listing's one core, and every file is read checked.
  private var noneRegular = false

  /// How many other names are kept before none is taken as a regular file.
  static let othersKept = 1_024

  /// Names listed DT_REG are regular files (`readsShortOnlyAtEnd` said so of the file system).
  init() {}

  /// Nothing said: every name is read checked.
  public static let unknown: ListedKinds = {
    var kinds = ListedKinds()
    kinds.noneRegular = true
    return kinds
  }()

  /// Whether the file system of the folder open as `descriptor` (one `fstatfs`) is one whose
  /// regular files read short only at their end, so that a short first read is a whole file
  /// (`RegularFile.read(_:in:limit:listedRegular:into:)`). Others, such as FUSE (a server with
  /// direct I/O answers as much as it has), procfs and sysfs (a page at a time), 9p, CIFS or one
  /// not named here, list no kinds: every file there is read checked.
  static func readsShortOnlyAtEnd(_ descriptor: Int32) -> Bool {
    var status = statfs()
    guard fstatfs(descriptor, &status) == 0 else { return false }
    return readingShortOnlyAtEnd.contains(UInt32(truncatingIfNeeded: status.f_type))
  }

  /// The magic numbers (`f_type`, linux/magic.h) of the file systems known to read regular files
  /// short only at their end.
  static let readingShortOnlyAtEnd: Set<UInt32> = [
    0xEF53,  // EXT4_SUPER_MAGIC (ext2, ext3 too)
    0x5846_5342,  // XFS_SUPER_MAGIC
    0x9123_683E,  // BTRFS_SUPER_MAGIC
    0x0102_1994,  // TMPFS_MAGIC
    0x794C_7630,  // OVERLAYFS_SUPER_MAGIC
    0x6969,  // NFS_SUPER_MAGIC
    0x2FC1_2FC1,  // ZFS (OpenZFS's ZFS_SUPER_MAGIC; not in linux/magic.h)
    0xF2F5_2010,  // F2FS_SUPER_MAGIC
  ]

  /// Notes a name listed as something other than a regular file.
  mutating func noteOther(_ name: String) {
    guard !noneRegular else { return }
    if others.count == Self.othersKept {
      (others, noneRegular) = ([], true)
    } else {
      others.insert(name)
    }
  }

  /// Whether the listing said `name` is a regular file.
  public func saysRegular(_ name: String) -> Bool { !noneRegular && (others.isEmpty || !others.contains(name)) }
}

/// A folder held open, so that the files in it are opened by name (`RegularFile.read(_:in:)`):
/// the kernel then looks up one name per file instead of the folder's whole path each time. A
/// class, so that its descriptor is closed once, when the last reference goes.
public final class OpenFolder: Sendable {
  /// The folder's path as given, for messages.
  public let path: String
  let descriptor: FileDescriptor

  /// Opens the folder at `path` (links followed).
  public init(_ path: String) throws {
    descriptor = try FileDescriptor.open(FilePath(path), .readOnly, options: [.directory, .closeOnExec])
    self.path = path
  }

  /// The path of the file named `name` in the folder.
  public func path(of name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

  deinit { try? descriptor.close() }
}
