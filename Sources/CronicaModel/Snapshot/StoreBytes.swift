import CronicaSystem

/// The bytes an event store and its columns are read from: a heap buffer this process built
/// and owns, or a mapped snapshot (the same layout written out and mapped back).
///
/// `@unchecked Sendable`: the bytes are written once, before the value is shared, and never after.
public final class StoreBytes: @unchecked Sendable {
  let base: UnsafeRawPointer
  let size: Int
  /// The mapping the bytes are, when they were read from a snapshot (kept alive here).
  let file: MappedFile?

  init(mapping file: MappedFile) {
    base = file.base
    size = file.size
    self.file = file
  }

  /// `size` bytes of this process's own (8-byte aligned), filled by `write` before any is read.
  init(size: Int, write: (UnsafeMutableRawBufferPointer) -> Void) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 16)
    write(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<size]))
    base = UnsafeRawPointer(buffer.baseAddress!)
    self.size = size
    file = nil
  }

  deinit {
    if file == nil { UnsafeMutableRawPointer(mutating: base).deallocate() }
  }

  func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
  }
}
