import Glibc

/// Whitespace normalization: line endings, byte-order mark, spacing inside lines.
enum LineNormalizer {
  /// Splits text into trimmed lines with single spaces; blank lines come back as "".
  ///
  /// CRLF, CR, NEL and the Unicode line and paragraph separators become line breaks, a leading
  /// byte-order mark is dropped, tabs, no-break and other spacing characters become spaces, runs
  /// of spaces collapse to one, and control characters are removed. Words are never changed.
  static func lines(of text: String) -> [String] {
    var source = text
    return source.withUTF8(lines(ofUTF8:))
  }

  /// Splits the UTF-8 bytes of a valid string into normalized lines (see ``lines(of:)``).
  static func lines(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var lines: [String] = []
    // Room for a line per line feed and the last one, made once (a short body's two lines took
    // two allocations, ~400 instructions each): the exact count unless other breaks end lines.
    lines.reserveCapacity(lineFeeds(in: bytes) + 1)
    // A line is kept as the span of `bytes` it equals while it is one (nearly every line: its
    // words and the single spaces between them as the text has them), and is copied into
    // `line` only once it differs. A line kept as a span has its `String` made from the text's
    // bytes directly, with no line buffer.
    var span: Range<Int>?
    var line: [UInt8] = []
    var pendingSpace = false
    var lineIsEmpty: Bool { span == nil && line.isEmpty }
    func finishLine() {
      if let whole = span {
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[whole]), as: UTF8.self))
      } else {
        lines.append(String(decoding: line, as: UTF8.self))
      }
      span = nil
      line.removeAll(keepingCapacity: true)
      pendingSpace = false
    }
    func appendWord(_ range: Range<Int>) {
      if lineIsEmpty {
        span = range
      } else if let whole = span {
        let gap = pendingSpace ? 1 : 0
        if range.lowerBound == whole.upperBound + gap && (gap == 0 || bytes[whole.upperBound] == 0x20) {
          span = whole.lowerBound..<range.upperBound
        } else {
          line.append(contentsOf: bytes[whole])
          span = nil
          if pendingSpace { line.append(0x20) }
          line.append(contentsOf: bytes[range])
        }
      } else {
        if pendingSpace { line.append(0x20) }
        line.append(contentsOf: bytes[range])
      }
      pendingSpace = false
    }
    let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var index = hasByteOrderMark ? 3 : 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte > 0x20 && byte < 0x7F {
        // A run of printable ASCII, taken whole with the single spaces inside it: such a space
        // between two words is what the line gets between them anyway.
        func printable(_ at: Int) -> Bool { at < bytes.count && bytes[at] > 0x20 && bytes[at] < 0x7F }
        var end = index + 1
        while true {
          // Eight bytes at a time (a byte at a time took ~10 instructions a byte): those before
          // the first that is not taken are, each printable or a space before a printable byte
          // among the eight. The byte after them is looked at alone (a space last among the eight
          // is taken when a printable byte follows), not read again as the first of eight.
          if let base = bytes.baseAddress, bytes.count - end >= 8 {
            let taken = printableRunPrefix(EightBytes.load(base + end))
            end += taken
            if taken == 8 { continue }
          }
          if printable(end) || (end < bytes.count && bytes[end] == 0x20 && printable(end + 1)) {
            end += 1
          } else {
            break
          }
        }
        appendWord(index..<end)
        index = end
        continue
      }
      if byte < 0x80 {
        if byte == 0x0A || byte == 0x0D {
          finishLine()
          if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
        } else if isSpacing(Unicode.Scalar(byte)) {
          pendingSpace = !lineIsEmpty
        }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
      if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        finishLine()
      } else if isSpacing(scalar) {
        pendingSpace = !lineIsEmpty
      } else if !isControl(scalar) {
        appendWord(index..<(index + length))
      }
      index += length
    }
    finishLine()
    return lines
  }

  /// How many of the eight bytes of `word` (the first in its low lane), from the first, are each
  /// printable ASCII or a space before a printable byte among the eight (8 when all are).
  static func printableRunPrefix(_ word: UInt64) -> Int {
    let printable = EightBytes(0x21, through: 0x7E).lanes(in: word)
    let spaces = EightBytes(0x20, through: 0x20).lanes(in: word)
    // A space's lane is taken when the next lane's byte is printable (moved down a lane; none
    // for the last).
    let taken = printable | (spaces & (printable >> 8))
    // The lowest lane's high bit that is clear, at bit 8 × lane + 7.
    return (~taken & EightBytes.highBits).trailingZeroBitCount / 8
  }

  /// How many line feeds `bytes` holds (found by memchr).
  static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let start = bytes.baseAddress else { return 0 }
    var count = 0
    var rest = UnsafeRawPointer(start)
    let end = UnsafeRawPointer(start + bytes.count)
    while rest < end, let feed = memchr(rest, 0x0A, end - rest) {
      count += 1
      rest = UnsafeRawPointer(feed) + 1
    }
    return count
  }

  /// Joins non-empty lines as paragraphs separated by exactly one blank line.
  static func paragraphs(_ lines: [String]) -> String {
    // One filled line (a short article) is the text as it is, uncopied.
    if lines.count(where: { !$0.isEmpty }) == 1, let only = lines.first(where: { !$0.isEmpty }) { return only }
    return lines.filter { !$0.isEmpty }.joined(separator: "\n\n")
  }

  /// Whether a scalar is only spacing: tab, space, no-break space and the Unicode space family.
  static func isSpacing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether a scalar is a control or invisible format character that has no place in text.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isControlCharacter || scalar.value == 0x200B || scalar.value == 0xFEFF
  }
}
