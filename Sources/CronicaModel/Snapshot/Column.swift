/// A read-only run of fixed-size values lying in `StoreBytes` (built in memory or mapped from a
/// snapshot: read the same way, without copying the bytes).
public struct Column<Element: BitwiseCopyable & Sendable>: RandomAccessCollection, Sendable {
  let storage: StoreBytes
  /// Where the values start in `storage` (a multiple of the element's alignment).
  let byteOffset: Int
  public let endIndex: Int

  public init(_ values: [Element] = []) {
    self.init(count: values.count) { buffer in _ = buffer.initialize(from: values) }
  }

  /// `count` values written by `fill` into bytes of this process's own.
  init(count: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
    storage = StoreBytes(size: count * MemoryLayout<Element>.stride) { bytes in
      fill(bytes.bindMemory(to: Element.self))
    }
    byteOffset = 0
    endIndex = count
  }

  /// `count` values starting at `byteOffset` of `storage` (aligned and in bounds: the caller checked).
  init(storage: StoreBytes, byteOffset: Int, count: Int) {
    precondition(
      byteOffset % MemoryLayout<Element>.alignment == 0
        && byteOffset + count * MemoryLayout<Element>.stride <= storage.size)
    self.storage = storage
    self.byteOffset = byteOffset
    endIndex = count
  }

  public var startIndex: Int { 0 }

  var byteRange: Range<Int> { byteOffset..<(byteOffset + endIndex * MemoryLayout<Element>.stride) }

  public subscript(position: Int) -> Element {
    precondition(position >= 0 && position < endIndex, "Column index out of range")
    return withExtendedLifetime(storage) {
      storage.base.load(fromByteOffset: byteOffset + position * MemoryLayout<Element>.stride, as: Element.self)
    }
  }

  /// The values in bytes of this process's own, a mapping's pages let go: later changes to the
  /// file no longer reach them.
  func copied() -> Column {
    guard let file = storage.file else { return self }
    let copy = withUnsafeBufferPointer { values in Column(count: values.count) { _ = $0.initialize(from: values) } }
    file.release(byteRange)
    return copy
  }

  /// Brings mapped values into memory now rather than page by page as they are read.
  public func prefetch() {
    storage.file?.populate(byteRange)
  }

  public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows
    -> Result
  {
    try withExtendedLifetime(storage) {
      let start = (storage.base + byteOffset).assumingMemoryBound(to: Element.self)
      return try body(UnsafeBufferPointer(start: start, count: endIndex))
    }
  }

  func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    try withUnsafeBufferPointer { try body(UnsafeRawBufferPointer($0)) }
  }
}

extension Column: Equatable where Element: Equatable {
  public static func == (a: Column, b: Column) -> Bool { a.elementsEqual(b) }
}
