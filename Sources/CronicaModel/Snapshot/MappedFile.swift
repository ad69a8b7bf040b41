import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A whole file mapped read-only into memory; unmapped when the last reference goes.
///
/// `@unchecked Sendable`: the mapping is private and read-only (`PROT_READ`), never written
/// through and never remapped, so sharing the pointer between threads is safe.
public final class MappedFile: @unchecked Sendable {
  /// The first byte of the mapping.
  let base: UnsafeRawPointer
  /// The file's size in bytes when it was mapped.
  public let size: Int
  /// The open file (kept to read it again without the mapping, and to know it by inode).
  let descriptor: Int32
  /// Where the file was when it was mapped.
  let path: String

  /// A mapping failure with a message for people.
  struct Failure: Error {
    var message: String
  }

  /// Maps the file at `path`; fails on a missing, empty or unreadable file.
  init(path: String) throws(Failure) {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(message: "cannot open: \(String(cString: strerror(errno)))") }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_size > 0 else {
      close(descriptor)
      throw Failure(message: "empty or unreadable")
    }
    let length = Int(info.st_size)
    guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
      close(descriptor)
      throw Failure(message: "cannot map: \(String(cString: strerror(errno)))")
    }
    base = UnsafeRawPointer(address)
    size = length
    self.descriptor = descriptor
    self.path = path
  }

  deinit {
    munmap(UnsafeMutableRawPointer(mutating: base), size)
    close(descriptor)
  }

  /// The `ContentHash` of the file's first `end` bytes, read with `pread` in 4 MB pieces rather
  /// than through the mapping (so checking it does not keep the whole file in memory); nil when
  /// reading fails.
  func contentHash(upTo end: Int) -> UInt64? {
    var hash = ContentHash()
    let piece = 4 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 8)
    defer { buffer.deallocate() }
    var offset = 0
    while offset < end {
      let count = pread(descriptor, buffer.baseAddress, min(piece, end - offset), off_t(offset))
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      hash.add(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
      offset += count
    }
    return hash.finish()
  }

  /// Removes the file from its folder if it is still this file (not a newer one put there since).
  func unlinkIfUnchanged() {
    var mapped = stat()
    var current = stat()
    guard fstat(descriptor, &mapped) == 0, stat(path, &current) == 0, mapped.st_ino == current.st_ino,
      mapped.st_dev == current.st_dev
    else { return }
    unlink(path)
  }

  /// Maps the pages of `range` into the process now (`MADV_POPULATE_READ`, Linux 5.14+), so that
  /// a later scan of them does not stop at every page; a no-op where that is not supported.
  func populate(_ range: Range<Int>) {
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    guard page > 0, !range.isEmpty else { return }
    var start = range.lowerBound / page * page
    // In pieces of 4 MB: each call holds the process's memory-map lock, which the browser's own
    // page faults and allocations would otherwise wait behind for the whole range.
    let piece = 4 << 20
    while start < range.upperBound {
      let length = min(piece, range.upperBound - start)
      // MADV_POPULATE_READ is 22 in the Linux headers; older C headers do not name it.
      _ = madvise(UnsafeMutableRawPointer(mutating: base + start), length, 22)
      start += length
    }
  }

  /// The bytes `range` of the file (the caller has checked the range).
  func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
  }
}
