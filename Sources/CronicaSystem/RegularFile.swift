import Foundation
import Glibc
import SystemPackage

/// Reading files that must be regular files: opened without blocking (a FIFO at the path never
/// hangs the program) and checked before a byte is read (a FIFO, device or folder is refused).
public enum RegularFile {
  /// Opens `path` (relative to `folder` when given) for reading; fails unless it is a regular
  /// file. The caller closes the descriptor. Failures name the whole path.
  public static func open(_ path: String, in folder: OpenFolder? = nil) throws(SystemFailure) -> (
    descriptor: FileDescriptor, status: FileStatus
  ) {
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
    let descriptor = FileDescriptor(
      rawValue: try SystemCall.run("read", shown(path, in: folder)) {
        name.withCString { openat(base, $0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
      })
    do throws(SystemFailure) {
      let status = try FileStatus.of(descriptor, path: path)
      switch status.kind {
      case .regular: return (descriptor, status)
      case .folder: throw SystemFailure("read", path, .folder)
      default: throw SystemFailure("read", path, .notRegular(status.kind))
      }
    } catch {
      try? descriptor.close()
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
      let read = try readMore(descriptor, into: &data, at: filled, path: path, in: nil)
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
  public static func read(_ path: String, in folder: OpenFolder? = nil, limit: Int? = nil, into buffer: inout Data)
    throws(SystemFailure) -> Int
  {
    let (descriptor, status) = try open(path, in: folder)
    defer { try? descriptor.close() }
    let bound = limit ?? Int.max - 1
    if status.size > bound { throw SystemFailure("read", shown(path, in: folder), .tooLarge(limit: bound)) }
    // Room for one byte more than the size: a first read that stops short at exactly the size
    // has seen the end (a regular file reads short only there, so the read of 0 bytes is not
    // needed); else reading goes on until a read of 0 bytes (a file that grew, or whose size
    // says 0).
    if buffer.count < status.size + 1 { buffer.count = status.size + 1 }
    var filled = 0
    while true {
      if filled == buffer.count { buffer.count = min(bound + 1, max(filled * 2, filled + 65_536)) }
      // Never past the limit's byte, whatever room an earlier, larger file left in the buffer.
      let count = try readMore(descriptor, into: &buffer, at: filled, upTo: min(buffer.count, bound + 1), path: path, in: folder)
      if count == 0 || (filled == 0 && count == status.size) { return filled + count }
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
  /// of bytes read (0 at the end).
  private static func readMore(
    _ descriptor: FileDescriptor, into data: inout Data, at filled: Int, upTo end: Int? = nil, path: String,
    in folder: OpenFolder?
  ) throws(SystemFailure) -> Int {
    do {
      return try data.withUnsafeMutableBytes { buffer in
        try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<(end ?? buffer.count)]))
      }
    } catch {
      throw SystemFailure("read", shown(path, in: folder), thrown: error)
    }
  }
}
