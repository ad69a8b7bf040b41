import Foundation
import SystemPackage

import Glibc

/// A whole regular file mapped read-only into memory; unmapped when the last reference goes.
///
/// A mapping shows the file as it is on disk now, not as it was when mapped: should another
/// process truncate the file, reading the lost pages raises SIGBUS; should it write into it, the
/// mapped bytes change. Callers therefore copy what they check (offsets, sizes) before trusting
/// it, and `MappedFile.watch` lets the program turn a fault in a mapping into a clean exit.
///
/// `@unchecked Sendable`: the mapping is private and read-only (`PROT_READ`), never written
/// through and never remapped, so sharing the pointer between threads is safe.
public final class MappedFile: @unchecked Sendable {
  public let base: UnsafeRawPointer
  /// The file's size in bytes when it was mapped.
  public let size: Int
  /// The open file (kept to read it again without the mapping, and to know it by inode).
  let descriptor: FileDescriptor
  public let path: String
  let status: FileStatus

  public struct Failure: Error {
    public var message: String
  }

  /// Maps the regular file at `path`; fails on a missing, empty or unreadable file, and on
  /// anything but a regular file (a FIFO there is refused at once, never waited on).
  public init(path: String) throws(Failure) {
    let opened: (descriptor: FileDescriptor, status: FileStatus)
    do {
      opened = try RegularFile.open(path)
    } catch {
      throw Failure(message: error.reason)
    }
    guard opened.status.size > 0 else {
      try? opened.descriptor.close()
      throw Failure(message: "empty")
    }
    let length = opened.status.size
    guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, opened.descriptor.rawValue, 0),
      address != MAP_FAILED
    else {
      let reason = Errno.last.description
      try? opened.descriptor.close()
      throw Failure(message: "cannot map: \(reason)")
    }
    base = UnsafeRawPointer(address)
    size = length
    descriptor = opened.descriptor
    status = opened.status
    self.path = path
    Self.watch.didMap(self)
  }

  deinit {
    Self.watch.willUnmap(self)
    munmap(UnsafeMutableRawPointer(mutating: base), size)
    try? descriptor.close()
  }

  /// The bytes `range` of the file (the caller has checked the range).
  public func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
  }

  /// Reads up to `buffer.count` bytes at `offset` with `pread`, not through the mapping (so a
  /// truncated file gives a short read, not a fault); nil when reading fails.
  public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int? {
    try? descriptor.read(fromAbsoluteOffset: Int64(offset), into: buffer)
  }

  /// True when the file was written, truncated or replaced in place since it was mapped (its
  /// size, modification or status-change time differ), so the mapped bytes cannot be trusted.
  public func changedOnDisk() -> Bool {
    guard let now = try? FileStatus.of(descriptor, path: path) else { return true }
    return now.size != status.size || now.modified != status.modified || now.changed != status.changed
  }

  /// Removes the file from its folder if it is still this file (not a newer one put there since).
  public func unlinkIfUnchanged() {
    guard let current = try? FileStatus.of(path, followLinks: false), current.identity == status.identity else {
      return
    }
    SystemCall.remove(path)
  }

  /// Maps the pages of `range` into the process now (`MADV_POPULATE_READ`, Linux 5.14+), so that
  /// a later scan of them does not stop at every page; a no-op where that is not supported.
  public func populate(_ range: Range<Int>) {
    advise(range, 22)  // MADV_POPULATE_READ is 22 in the Linux headers; older C headers do not name it.
  }

  /// Lets the pages of `range` go from this process's memory (`MADV_DONTNEED`; they stay in the
  /// page cache and come back from the file if read again).
  public func release(_ range: Range<Int>) {
    advise(range, MADV_DONTNEED)
  }

  /// `madvise` over the whole pages of `range`, in pieces of 4 MB: each call holds the process's
  /// memory-map lock, which the browser's own page faults and allocations would otherwise wait
  /// behind for the whole range.
  private func advise(_ range: Range<Int>, _ advice: Int32) {
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    guard page > 0, !range.isEmpty else { return }
    var start = range.lowerBound / page * page
    let end = advice == MADV_DONTNEED ? range.upperBound / page * page : range.upperBound
    let piece = 4 << 20
    while start < end {
      let length = min(piece, end - start)
      _ = madvise(UnsafeMutableRawPointer(mutating: base + start), length, advice)
      start += length
    }
  }
}

extension MappedFile {
  /// Told of every mapping made and every one about to go, so that the program can treat a
  /// memory fault inside a mapping (the file was truncated under it) as "the file changed" and
  /// exit cleanly. Set once, at start, by the executable; tests leave it empty.
  public struct Watch: Sendable {
    /// Called with the mapping's first byte and length once it is made.
    public var didMap: @Sendable (_ start: UInt, _ length: Int) -> Void
    /// Called with the same values just before it is unmapped.
    public var willUnmap: @Sendable (_ start: UInt, _ length: Int) -> Void

    public init(
      didMap: @escaping @Sendable (UInt, Int) -> Void, willUnmap: @escaping @Sendable (UInt, Int) -> Void
    ) {
      self.didMap = didMap
      self.willUnmap = willUnmap
    }

    func didMap(_ file: MappedFile) { didMap(UInt(bitPattern: file.base), file.size) }
    func willUnmap(_ file: MappedFile) { willUnmap(UInt(bitPattern: file.base), file.size) }
  }

  /// The watch in force, behind a lock.
  private final class WatchSlot: @unchecked Sendable {
    let lock = NSLock()
    var watch = Watch(didMap: { _, _ in }, willUnmap: { _, _ in })
  }
  private static let slot = WatchSlot()

  /// The watch in force (nothing by default).
  static var watch: Watch { slot.lock.withLock { slot.watch } }

  /// Installs the watch for every mapping made from now on.
  public static func install(_ watch: Watch) {
    slot.lock.withLock { slot.watch = watch }
  }
}
