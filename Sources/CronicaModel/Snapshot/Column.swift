import CronicaSystem

/// A read-only run of fixed-size values: an array built in memory, or a slice of a mapped file.
///
/// Lets the model and the UI read per-event tables the same way whether they were computed at
/// load time or mapped from a corpus snapshot, without copying the mapped bytes.
public struct Column<Element: BitwiseCopyable & Sendable>: RandomAccessCollection, Sendable {
  /// The values when they were computed in memory (empty when mapped).
  let array: [Element]
  /// The mapping holding the values (nil for an array).
  let file: MappedFile?
  /// Where the values start in `file` (a multiple of the element's alignment).
  let byteOffset: Int
  /// How many values `file` holds from `byteOffset`.
  let mappedCount: Int

  /// Values computed in memory.
  public init(_ array: [Element] = []) {
    self.array = array
    file = nil
    byteOffset = 0
    mappedCount = 0
  }

  /// `count` values starting at `byteOffset` of a mapped file (aligned and in bounds: the caller checked).
  init(file: MappedFile, byteOffset: Int, count: Int) {
    precondition(byteOffset % MemoryLayout<Element>.alignment == 0 && byteOffset + count * MemoryLayout<Element>.stride <= file.size)
    self.array = []
    self.file = file
    self.byteOffset = byteOffset
    mappedCount = count
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { file == nil ? array.count : mappedCount }

  public subscript(position: Int) -> Element {
    if let file {
      precondition(position >= 0 && position < mappedCount, "Column index out of range")
      return file.base.load(fromByteOffset: byteOffset + position * MemoryLayout<Element>.stride, as: Element.self)
    }
    return array[position]
  }

  /// The values as an array of this process's own, the mapped pages let go: later changes to
  /// the file no longer reach them.
  func copied() -> Column {
    guard let file else { return self }
    let values = withUnsafeBufferPointer { Array($0) }
    file.release(byteOffset..<(byteOffset + mappedCount * MemoryLayout<Element>.stride))
    return Column(values)
  }

  /// Brings mapped values into memory now rather than page by page as they are read.
  public func prefetch() {
    file?.populate(byteOffset..<(byteOffset + mappedCount * MemoryLayout<Element>.stride))
  }

  /// Calls `body` with the values as one contiguous buffer.
  public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows
    -> Result
  {
    guard let file else { return try array.withUnsafeBufferPointer(body) }
    return try withExtendedLifetime(file) {
      let start = (file.base + byteOffset).assumingMemoryBound(to: Element.self)
      return try body(UnsafeBufferPointer(start: start, count: mappedCount))
    }
  }
}

extension Column: Equatable where Element: Equatable {
  public static func == (a: Column, b: Column) -> Bool { a.elementsEqual(b) }
}
