/// Mutable state of one mojibake repair pass over UTF-8 bytes.
///
/// Plain text is copied in bulk; only runs of suspect characters are looked at one by one.
struct RepairState {
  /// The repaired text so far, as UTF-8.
  var output: [UInt8] = []
  /// The pending run of suspect characters.
  var run: [Unicode.Scalar] = []
  /// Where the pending run starts in the input.
  var runStart = 0
  /// True once a marker character was seen.
  var marked = false
  var repairedRuns = 0
  /// Rewritten runs touching no ASCII letter on either side.
  var detachedRuns = 0
  /// Suspect runs that did not decode as mojibake.
  var failedRuns = 0
  /// Output bytes already counted in `openQuotes`.
  var quotesScanned = 0
  /// Opening double quotes not yet closed on the current line of the output.
  var openQuotes = 0
  /// GB 18030 bytes of characters seen so far; empty when not a two-byte character.
  var encodings: [Unicode.Scalar: [UInt8]] = [:]
  /// The marker characters of ``MojibakeRepair/markers``.
  let markers = Set(MojibakeRepair.markers.map(\.scalar))

  /// Runs the pass over the UTF-8 bytes of a valid string, filling `output`.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
    output.reserveCapacity(bytes.count)
    var index = 0
    var copiedUpTo = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if !run.isEmpty { flushRun(bytes, end: index, next: Unicode.Scalar(byte)) }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
      if markers.contains(scalar) { marked = true }
      if isCandidate(scalar) {
        if run.isEmpty {
          output.append(contentsOf: bytes[copiedUpTo..<index])
          runStart = index
        }
        run.append(scalar)
        copiedUpTo = index + length
      } else if !run.isEmpty {
        flushRun(bytes, end: index, next: scalar)
      }
      index += length
    }
    if !run.isEmpty { flushRun(bytes, end: bytes.count, next: nil) }
    output.append(contentsOf: bytes[copiedUpTo...])
  }

  /// Whether `scalar` belongs in a run: a suspect character with a two-byte GBK encoding.
  mutating func isCandidate(_ scalar: Unicode.Scalar) -> Bool {
    guard MojibakeRepair.mayBeMojibake(scalar) else { return false }
    return gbkBytes(of: scalar).count == 2
  }

  /// The GB 18030 bytes of one scalar, cached.
  mutating func gbkBytes(of scalar: Unicode.Scalar) -> [UInt8] {
    if let known = encodings[scalar] { return known }
    let data = String(Character(scalar)).data(using: MojibakeRepair.gb18030, allowLossyConversion: false)
    let bytes = data.map { [UInt8]($0) } ?? []
    encodings[scalar] = bytes
    return bytes
  }

  /// The number of `“` not yet closed by `”` on the last line of the output.
  mutating func currentOpenQuotes() -> Int {
    while quotesScanned < output.count {
      let byte = output[quotesScanned]
      if byte == 0x0A {
        openQuotes = 0
      } else if byte == 0xE2, quotesScanned + 2 < output.count, output[quotesScanned + 1] == 0x80 {
        if output[quotesScanned + 2] == 0x9C { openQuotes += 1 }
        if output[quotesScanned + 2] == 0x9D { openQuotes = max(0, openQuotes - 1) }
      }
      quotesScanned += 1
    }
    return openQuotes
  }

  /// Rewrites the pending run (input bytes `runStart..<end`) if it decodes as mojibake, else
  /// copies it; `next` is the scalar after the run.
  mutating func flushRun(_ bytes: UnsafeBufferPointer<UInt8>, end: Int, next: Unicode.Scalar?) {
    defer { run.removeAll(keepingCapacity: true) }
    var decoder = UTF8Stream()
    var decoded: [Unicode.Scalar] = []
    decoded.reserveCapacity(run.count)
    for scalar in run {
      for byte in gbkBytes(of: scalar) {
        switch decoder.push(byte) {
        case .scalar(let value):
          guard MojibakeRepair.isPlausibleRepair(value) else { return copyRun(bytes, end: end) }
          decoded.append(value)
        case .pending:
          break
        case .invalid:
          return copyRun(bytes, end: end)
        }
      }
    }
    let truncated = decoder.isPending
    if truncated && !decoder.isRestorableTruncation { return copyRun(bytes, end: end) }
    let previous = UTF8Bytes.lastScalar(of: output)
    let attached = [previous, next].contains { $0.map { $0.isASCII && $0.properties.isAlphabetic } ?? false }
    if !attached { detachedRuns += 1 }
    for value in decoded { output.append(contentsOf: UTF8Bytes.encode(value)) }
    if truncated {
      let mark = MojibakeRepair.restoredPunctuation(
        previous: UTF8Bytes.lastScalar(of: output), next: next, openQuotes: currentOpenQuotes())
      output.append(contentsOf: UTF8Bytes.encode(mark))
    }
    repairedRuns += 1
  }

  /// Copies the pending run unchanged, counting it as a failed run.
  mutating func copyRun(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) {
    failedRuns += 1
    output.append(contentsOf: bytes[runStart..<end])
  }
}

/// Reading scalars out of valid UTF-8 bytes.
/// The one lenient UTF-8 decoder of the model (cleaning, temporal tokens); `UTF8Stream` is the
/// strict one that mojibake repair needs byte by byte.
enum UTF8Bytes {
  /// The scalar starting at `index` and its length in bytes; U+FFFD for a stray byte.
  static func scalar<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int)
  where Bytes.Index == Int {
    let lead = bytes[index]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard lead >= 0xC0 || lead < 0x80, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  static func lastScalar(of bytes: [UInt8]) -> Unicode.Scalar? {
    var start = bytes.count - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard start >= 0 else { return nil }
    var scalars = String(decoding: bytes[start...], as: UTF8.self).unicodeScalars.makeIterator()
    return scalars.next()
  }

  static func encode(_ scalar: Unicode.Scalar) -> [UInt8] {
    Array(String(Character(scalar)).utf8)
  }
}
