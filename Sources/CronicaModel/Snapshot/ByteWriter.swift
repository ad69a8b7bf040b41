/// Appends little-endian integers and length-prefixed strings to a byte buffer.
///
/// The buffer is grown with zeros ahead of what is written, and values are stored into it in
/// place: `Array.append(contentsOf:)` of a value's bytes cost ~100 instructions a call.
struct ByteWriter {
  /// The bytes written, then zeros: fewer than `chunk` past `count` (none after a value of a
  /// chunk or more), and none past the reserved capacity while it has room for what is written.
  private var storage: [UInt8] = []
  /// How many bytes were written.
  private(set) var count = 0
  /// The zeros added at a time when the storage is full.
  private static let chunk = 4_096

  /// The storage's capacity (for tests: a writer reserved exactly is not copied).
  var capacity: Int { storage.capacity }

  /// The bytes written.
  var bytes: ArraySlice<UInt8> { storage[..<count] }

  /// Makes room for `capacity` bytes in all (only the room is made: nothing is touched).
  mutating func reserveCapacity(_ capacity: Int) {
    storage.reserveCapacity(capacity)
  }

  /// Where `size` more bytes go, counted as written.
  private mutating func claim(_ size: Int) -> Int {
    let start = count
    if storage.count - start < size { grow(by: size - (storage.count - start)) }
    count = start + size
    return start
  }

  /// Adds a chunk of zeros, or `missing` if more, but only up to the capacity when it has room
  /// for `missing`: a chunk past it would double the storage and copy it near the end.
  private mutating func grow(by missing: Int) {
    let room = storage.capacity - storage.count
    let zeros = Swift.max(missing, Self.chunk)
    storage.append(contentsOf: repeatElement(0, count: room >= missing ? Swift.min(room, zeros) : zeros))
  }

  mutating func append<Value: FixedWidthInteger>(_ value: Value) {
    let start = claim(MemoryLayout<Value>.size)
    storage.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: start, as: Value.self) }
  }

  /// Appends bytes as they are.
  mutating func append(bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else { return }
    let start = claim(bytes.count)
    storage.withUnsafeMutableBytes {
      UnsafeMutableRawBufferPointer(rebasing: $0[start..<(start + bytes.count)]).copyMemory(from: bytes)
    }
  }

  /// Appends a string as its UTF-8 byte count (UInt32) and bytes.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      // One claim for the count and the bytes, stored in one access to the storage.
      let count = UInt32(utf8.count)
      let start = claim(MemoryLayout<UInt32>.size + utf8.count)
      storage.withUnsafeMutableBytes { storage in
        storage.storeBytes(of: count.littleEndian, toByteOffset: start, as: UInt32.self)
        guard let source = utf8.baseAddress, let target = storage.baseAddress else { return }
        (target + start + MemoryLayout<UInt32>.size).copyMemory(from: source, byteCount: utf8.count)
      }
    }
  }

  /// Appends a flag byte and, when present, the string.
  mutating func append(optional text: String?) {
    append(UInt8(text == nil ? 0 : 1))
    if let text { append(text) }
  }

  /// Appends a count (UInt32) and each string.
  mutating func append<Strings: Collection>(strings: Strings) where Strings.Element == String {
    append(UInt32(strings.count))
    for text in strings { append(text) }
  }

  /// The integer written at `offset`.
  func load<Value: FixedWidthInteger>(_: Value.Type, at offset: Int) -> Value {
    precondition(offset >= 0 && offset + MemoryLayout<Value>.size <= count, "ByteWriter.load reads written bytes")
    return storage.withUnsafeBytes { Value(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Value.self)) }
  }

  /// Writes `value` over the bytes written at `offset`.
  mutating func store<Value: FixedWidthInteger>(_ value: Value, at offset: Int) {
    precondition(offset >= 0 && offset + MemoryLayout<Value>.size <= count, "ByteWriter.store replaces written bytes")
    storage.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: Value.self) }
  }
}

/// Reads what `ByteWriter` wrote, checking every length against the end of the bytes.
///
/// Reading past the end, or a string that is not UTF-8, sets `failed` and yields zero or empty
/// values, never a trap: a damaged snapshot is then discarded by whoever checks `failed`.
struct ByteCursor {
  let bytes: UnsafeRawBufferPointer
  var offset: Int
  /// True once a read ran past the end or met a malformed value.
  var failed = false

  init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// Reads a little-endian integer (zero once failed).
  mutating func read<Value: FixedWidthInteger>(_: Value.Type) -> Value {
    let size = MemoryLayout<Value>.size
    guard !failed, offset >= 0, bytes.count - offset >= size else {
      failed = true
      return 0
    }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: Value.self)
    offset += size
    return Value(littleEndian: value)
  }

  mutating func readString() -> String {
    String(decoding: readBytes(), as: UTF8.self)
  }

  /// Reads a length-prefixed string's bytes (empty once failed).
  mutating func readBytes() -> UnsafeRawBufferPointer {
    let count = Int(read(UInt32.self))
    guard !failed, bytes.count - offset >= count else {
      failed = true
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    offset += count
    return UnsafeRawBufferPointer(rebasing: bytes[(offset - count)..<offset])
  }

  mutating func readOptionalString() -> String? {
    read(UInt8.self) == 0 ? nil : readString()
  }

  /// Reads a count and that many strings (a count larger than the bytes left fails).
  mutating func readStrings() -> [String] {
    let count = Int(read(UInt32.self))
    guard !failed, count <= bytes.count - offset else {
      failed = true
      return []
    }
    return (0..<count).map { _ in readString() }
  }

  /// Reads a flagged optional EDTF date; text that is not one fails.
  mutating func readDate() -> EDTFDate? {
    guard let text = readOptionalString() else { return nil }
    guard let date = try? EDTFDate(parsing: text) else {
      failed = true
      return nil
    }
    return date
  }
}
