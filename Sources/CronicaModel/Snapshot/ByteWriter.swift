/// Appends little-endian integers and length-prefixed strings to a byte buffer.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func append<Value: FixedWidthInteger>(_ value: Value) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Appends a string as its UTF-8 byte count (UInt32) and bytes.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      append(UInt32(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  /// Appends a flag byte and, when present, the string.
  mutating func append(optional text: String?) {
    append(UInt8(text == nil ? 0 : 1))
    if let text { append(text) }
  }

  /// Appends a count (UInt32) and each string.
  mutating func append(strings: [String]) {
    append(UInt32(strings.count))
    for text in strings { append(text) }
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
