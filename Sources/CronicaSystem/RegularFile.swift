import Foundation
import Glibc
import SystemPackage

/// Reading files that must be regular files: opened without blocking (a FIFO at the path never
/// hangs the program) and checked before a byte is taken (a FIFO, device or folder is refused):
/// by `fstat` before reading, or, for a name a folder's listing said is a regular file, as
/// `read(_:in:limit:listedRegular:into:)` says.
public enum RegularFile {
  /// Opens `path` (relative to `folder` when given) for reading; fails unless it is a regular
  /// file. The caller closes the descriptor. Failures name the whole path.
  public static func open(_ path: String, in folder: OpenFolder? = nil) throws(SystemFailure) -> (
    descriptor: FileDescriptor, status: FileStatus
  ) {
    let descriptor = FileDescriptor(
      rawValue: try SystemCall.run("read", shown(path, in: folder)) { openAt(path, in: folder, flags: 0) })
    do throws(SystemFailure) {
      return (descriptor, try regularStatus(descriptor, path: path, in: folder))
    } catch {
      try? descriptor.close()
      throw error
    }
  }

  /// `openat` of `path` (relative to `folder` when given) for reading, without blocking, with
  /// `flags` added; the descriptor or -1 (errno set).
  private static func openAt(_ path: String, in folder: OpenFolder?, flags: Int32) -> Int32 {
    // openat: in an open folder the kernel looks up the name alone, not every folder on the way.
    // The path as a FilePath reads it (`file/` is `file`), as every path of this layer.
    let base = folder?.descriptor.rawValue ?? AT_FDCWD
    // A name without a slash (a file in an open folder) is its own FilePath reading. Found by
    // memchr, and the name given to openat by `withCString`: it copies a small name to the stack
    // (a larger native string is passed in place), where the implicit String-to-pointer
    // conversion built an `Array(utf8CString)` on the heap; that and a walk of the UTF-8 view
    // took ~600 instructions a file.
    var name = path
    if name.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, 0x2F, bytes.count) != nil } ?? false }) {
      name = FilePath(path).string
    }
    return name.withCString { openat(base, $0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | flags) }
  }

  /// The status of the file open as `descriptor`; fails unless it is a regular file.
  private static func regularStatus(_ descriptor: FileDescriptor, path: String, in folder: OpenFolder?)
    throws(SystemFailure) -> FileStatus
  {
    do throws(SystemFailure) {
      let status = try FileStatus.of(descriptor, path: path)
      switch status.kind {
      case .regular: return status
      case .folder: throw SystemFailure("read", path, .folder)
      default: throw SystemFailure("read", path, .notRegular(status.kind))
      }
    } catch {
      throw SystemFailure("read", shown(path, in: folder), error.cause)
    }
  }

  /// The first `count` bytes of the regular file at `path` (fewer when the file is shorter).
  public static func readPrefix(_ path: String, count: Int) throws(SystemFailure) -> Data {
    let (descriptor, _) = try open(path)
    defer { try? descriptor.close() }
    var data = Data(count: count)
    var filled = 0
    while filled < count {
      let read = try readMore(descriptor, into: &data, at: filled, positional: false, path: path, in: nil)
      if read == 0 { break }
      filled += read
    }
    data.count = filled
    return data
  }

  /// The whole content of the regular file at `path` (relative to `folder` when given); with
  /// `limit`, a larger file is refused before it is read (and reading stops there should it grow
  /// meanwhile).
  public static func read(_ path: String, in folder: OpenFolder? = nil, limit: Int? = nil) throws(SystemFailure)
    -> Data
  {
    var data = Data()
    data.count = try read(path, in: folder, limit: limit, into: &data)
    return data
  }

  /// Reads the whole regular file at `path` into `buffer` from its start, as `read(_:in:limit:)`
  /// does, and returns its size: the file is `buffer`'s first bytes. The buffer grows when the
  /// file needs it, so a reader of many small files passes the same buffer each time and
  /// allocates nothing per file (and lets go of it with `release` once a large file grew it).
  ///
  /// `listedRegular`: the folder's listing said the name is a regular file (`Folder.listing`, which
  /// says so only on file systems whose regular files read short only at their end), so its
  /// `fstat` is left out when it can be (~1 µs a file; 100k tiny articles): the name is opened
  /// without following a link (a link put there since fails to open, and the file is then read
  /// as any other) and read once, by `pread` at offset 0, into the room the buffer has. A read
  /// that gives some bytes but less than that room is the whole file. Every other outcome goes
  /// the checked path, as an unlisted file does, with the same refusals and messages: a read of
  /// 0 bytes (an empty file, or `/dev/null` or a FIFO bind-mounted over the name), one that fills
  /// the room (a larger file, or an endless device: never more than the room is read from it),
  /// and a failed one (then read from its start by `read`, as main reads: a FIFO, socket or
  /// terminal refuses a positional read, and so does a regular file opened nonseekable, as FUSE
  /// servers and some `/proc`/tracefs files open theirs; `fstat` then says which it is).
  ///
  /// What is taken from a short read unlooked at, then, is reached only through something put
  /// over a name of such a file system after or despite its listing: a bind mount (root, or a
  /// user namespace of the user's own, which changes only that user's view; the name keeps its
  /// DT_REG) or a swap between listing and opening (by rename within the file system; a symbolic
  /// link put there fails to open). Such a name may reach a device that answers a read with a
  /// record or less than the room (`/dev/kmsg` a log record, `/dev/vcs` the console's screen,
  /// `/dev/hwrng` 64 random bytes, a small block device: any character or block device that
  /// supports `pread`), or a mount of another file system's file that reads short before its end
  /// (`/proc`, `/sys`, FUSE with direct I/O); its first read alone is taken as an article, where
  /// main refused a device and read the rest. Accepted: whoever can bind-mount over the user's
  /// folder can as well write any bytes into it; the reading is bounded by the room, never waits
  /// (the descriptor does not block), and its bytes only become an article's text. Telling
  /// those apart would take an `fstat` of every file, a quarter of its system calls.
  public static func read(
    _ path: String, in folder: OpenFolder? = nil, limit: Int? = nil, listedRegular: Bool = false, into buffer: inout Data
  ) throws(SystemFailure) -> Int {
    let bound = limit ?? Int.max - 1
    if listedRegular, let descriptor = openListed(path, in: folder) {
      defer { try? descriptor.close() }
      // A first buffer of 16 KB (most articles), not 64 KB: growing `Data` zero-fills it, 4 MB
      // for the 64 pieces of a folder's reading (4.2M instructions on 10k tiny articles).
      if buffer.count < min(bound + 1, 16_384) { buffer.count = min(bound + 1, 16_384) }
      let room = min(buffer.count, bound + 1)
      let count = try? readMore(descriptor, into: &buffer, at: 0, upTo: room, positional: true, path: path, in: folder)
      if let count, count > 0, count < room { return count }
      let status = try regularStatus(descriptor, path: path, in: folder)
      // After a full positional read the file's offset is still 0: go on reading by position.
      // After a failed one (or none), read from the start by `read`, as an unlisted file is.
      return try readRest(
        descriptor, status: status, filled: count ?? 0, positional: count != nil, bound: bound, path: path, in: folder,
        into: &buffer)
    }
    let (descriptor, status) = try open(path, in: folder)
    defer { try? descriptor.close() }
    return try readRest(
      descriptor, status: status, filled: 0, positional: false, bound: bound, path: path, in: folder, into: &buffer)
  }

  /// The name opened for reading as `read(_:in:limit:listedRegular:into:)` opens a name listed
  /// as a regular file, without following a link; nil when that fails (the checked opening then
  /// says why, as for any file).
  private static func openListed(_ path: String, in folder: OpenFolder?) -> FileDescriptor? {
    let descriptor = openAt(path, in: folder, flags: O_NOFOLLOW)
    return descriptor < 0 ? nil : FileDescriptor(rawValue: descriptor)
  }

  /// Reads the regular file open as `descriptor`, of `status`, into `buffer` from offset
  /// `filled` on (its first `filled` bytes are there already), and returns its size; by
  /// `pread` when `positional` (the first bytes were read so), else by `read`.
  private static func readRest(
    _ descriptor: FileDescriptor, status: FileStatus, filled start: Int, positional: Bool, bound: Int, path: String,
    in folder: OpenFolder?, into buffer: inout Data
  ) throws(SystemFailure) -> Int {
    // A first read that filled a room of the limit's byte is past the limit, whatever the size says.
    if status.size > bound || start > bound { throw SystemFailure("read", shown(path, in: folder), .tooLarge(limit: bound)) }
    // Room for one byte more than the size: a read that stops short at exactly the size has seen
    // the end (a regular file reads short only there, so the read of 0 bytes is not needed); else
    // reading goes on until a read of 0 bytes (a file that grew, or whose size says 0).
    if buffer.count < status.size + 1 { buffer.count = status.size + 1 }
    var filled = start
    while true {
      if filled == buffer.count { buffer.count = min(bound + 1, max(filled * 2, filled + 65_536)) }
      // Never past the limit's byte, whatever room an earlier, larger file left in the buffer.
      let count = try readMore(
        descriptor, into: &buffer, at: filled, upTo: min(buffer.count, bound + 1), positional: positional, path: path,
        in: folder)
      if count == 0 || filled + count == status.size { return filled + count }
      filled += count
      if filled > bound { throw SystemFailure("read", shown(path, in: folder), .tooLarge(limit: bound)) }
    }
  }

  /// Lets go of a reused buffer that a large file grew (past 1 MB), so that a reader of many files
  /// holds no more than that between them.
  public static func release(_ buffer: inout Data) {
    if buffer.count > 1 << 20 { buffer = Data() }
  }

  /// The path messages name: the whole path, the folder's included.
  private static func shown(_ path: String, in folder: OpenFolder?) -> String { folder?.path(of: path) ?? path }

  /// One read into `data` from offset `filled` on (up to offset `end`, else its end); the number
  /// of bytes read (0 at the end). `positional`: by `pread` of the file's bytes from offset
  /// `filled` on (refused by a FIFO, socket, terminal or a file opened nonseekable), else by
  /// `read` from the descriptor's offset.
  private static func readMore(
    _ descriptor: FileDescriptor, into data: inout Data, at filled: Int, upTo end: Int? = nil, positional: Bool,
    path: String, in folder: OpenFolder?
  ) throws(SystemFailure) -> Int {
    do {
      return try data.withUnsafeMutableBytes { buffer in
        let room = UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<(end ?? buffer.count)])
        return try positional ? descriptor.read(fromAbsoluteOffset: Int64(filled), into: room) : descriptor.read(into: room)
      }
    } catch {
      throw SystemFailure("read", shown(path, in: folder), thrown: error)
    }
  }
}
