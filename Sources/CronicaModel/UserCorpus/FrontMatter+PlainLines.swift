import CYaml

extension FrontMatter {
  /// The events libyaml gives for a front matter of plain `name: value` lines, made without
  /// libyaml (which takes about 21,000 instructions for four such lines) and read by the same
  /// walk. Only a front matter every line of which is such a line is accepted, and only lines
  /// libyaml reads in one way (its scanner.c and reader.c, 0.2.5), so that the events are its
  /// events; anything else is nil and goes to libyaml unchanged. A line is accepted when:
  /// - it starts at column 1 with a name of ASCII letters, digits and `_` (no indicator, no
  ///   `---`, `...` or `%` line), at most `maximumName` bytes (libyaml's simple keys end at 1,024),
  ///   followed by `: ` and the value;
  /// - the value does not start with a space or an indicator (`-?:,[]{}#&*!|>'"%@` and the
  ///   backquote), has no `: ` or ` #` inside and ends neither with `:` nor a space (a plain
  ///   scalar ends at `: `, ` #` and the line's end, and loses its trailing spaces), and holds only
  ///   characters libyaml allows that are not its line breaks: ASCII from space to `~` (no tab, no
  ///   CR) and beyond ASCII U+00A0–U+D7FF, U+E000–U+FFFD and U+10000 up, but not NEL (U+0085), LS
  ///   (U+2028), PS (U+2029) or the byte order mark (U+FEFF). Spaces inside a value are kept as
  ///   they are, as libyaml keeps them.
  ///
  /// A value of one line at column 1 ends at its line's end: libyaml continues a plain scalar
  /// only on a more indented line. No blank line, comment or empty value is accepted.
  struct PlainLines {
    /// The longest name accepted.
    static let maximumName = 64

    /// An event as the walk reads it: its type, where it starts (from 0, as libyaml counts) and,
    /// for a scalar, its text (a part of the front matter).
    struct Event {
      var type: yaml_event_type_t
      var line: Int
      var column: Int
      var bytes: UnsafeBufferPointer<UInt8>
    }

    private let buffer: UnsafeBufferPointer<UInt8>
    /// Where the next line starts, its number (from 0), and whether its value comes next.
    private var cursor = 0
    private var line = 0
    private var value: (start: Int, end: Int, column: Int)?
    private var stage = Stage.streamStart

    private enum Stage { case streamStart, documentStart, mappingStart, fields, mappingEnd, documentEnd, streamEnd, past }

    /// The events of `buffer` (not empty, read only while the events are), or nil when a line is not
    /// one accepted.
    init?(_ buffer: UnsafeBufferPointer<UInt8>) {
      // Not empty, and no blank line at the end either.
      guard let last = buffer.last, last != 0x0A else { return nil }
      var start = 0
      while start < buffer.count {
        guard let end = Self.lineEnd(buffer, from: start) else { return nil }
        start = end + 1
      }
      self.buffer = buffer
    }

    /// Where the accepted line from `start` ends (its line feed or the buffer's end), or nil.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
      var index = start
      while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
      guard index > start, index - start <= maximumName, index + 2 < bytes.count, bytes[index] == 0x3A,
        bytes[index + 1] == 0x20, !mayNotStartValue(bytes[index + 2])
      else { return nil }
      index += 2
      var previous: UInt8 = 0x20
      while index < bytes.count, bytes[index] != 0x0A {
        // Eight bytes at a time while each is a byte that needs no look (a byte at a time took
        // ~15 instructions a byte): ASCII from space to `~` but `:` and `#`, so that no `: ` or
        // ` #` is inside; the first is not a space after a `:` (a `: ` across the two).
        if let base = bytes.baseAddress, bytes.count - index >= 8 {
          let word = EightBytes.load(base + index)
          if Self.isPlainValueWord(word), !(previous == 0x3A && word & 0xFF == 0x20) {
            previous = UInt8(truncatingIfNeeded: word >> 56)
            index += 8
            continue
          }
        }
        let byte = bytes[index]
        if byte >= 0x24, byte <= 0x7E, byte != 0x3A {
          // Nearly every byte: ASCII above '#' but ':', nothing to check.
          index += 1
        } else if byte < 0x80 {
          // ASCII from space to '~'; no ': ' and no ' #'.
          guard byte >= 0x20, byte <= 0x7E, !(previous == 0x3A && byte == 0x20), !(previous == 0x20 && byte == 0x23)
          else { return nil }
          index += 1
        } else {
          guard let width = printableWidth(bytes, at: index) else { return nil }
          index += width
        }
        previous = byte
      }
      // The value ends neither with ':' nor a space (`previous` is a lead byte beyond ASCII).
      guard previous != 0x3A, previous != 0x20 else { return nil }
      return index
    }

    /// Whether the eight bytes of `word` (the first in its low lane) are each ASCII from space to
    /// `~` but `:` and `#`.
    static func isPlainValueWord(_ word: UInt64) -> Bool {
      EightBytes(0x20, through: 0x7E).lanes(in: word) == EightBytes.highBits
        && EightBytes(0x3A, through: 0x3A).lanes(in: word) | EightBytes(0x23, through: 0x23).lanes(in: word) == 0
    }

    /// A letter, digit or `_`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    /// A byte that may not start an accepted value: an indicator, a space, or any byte below a
    /// space (a tab, a line break or another control character).
    private static func mayNotStartValue(_ byte: UInt8) -> Bool {
      switch byte {
      case 0x20, 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25,
        0x40, 0x60:
        true
      default: byte < 0x20
      }
    }

    /// The bytes of the character beyond ASCII at `index` when libyaml allows it and it is not a
    /// line break or the byte order mark; nil otherwise. The bytes are UTF-8 already checked (a
    /// `String`'s), so only the ranges refused are looked for: U+0080–U+009F (`C2 80`–`C2 9F`,
    /// NEL among them), U+2028 and U+2029 (`E2 80 A8`, `E2 80 A9`), U+FEFF (`EF BB BF`), U+FFFE and
    /// U+FFFF (`EF BF BE`, `EF BF BF`). Surrogates are not UTF-8.
    private static func printableWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
      let lead = bytes[index]
      let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
      guard width > 0, index + width <= bytes.count else { return nil }
      switch lead {
      case 0xC2: return bytes[index + 1] >= 0xA0 ? width : nil
      case 0xE2: return bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? nil : width
      case 0xEF:
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        if second == 0xBB && third == 0xBF { return nil }
        if second == 0xBF && (third == 0xBE || third == 0xBF) { return nil }
        return width
      default: return width
      }
    }

    /// The next event, as libyaml gives it: the stream, its one document and one block mapping,
    /// each line's name and value as scalars; past the stream's end, no event. The walk reads the
    /// place of scalars only; the ends are given the start of the line after the last.
    mutating func next() -> Event {
      let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
      switch stage {
      case .streamStart:
        stage = .documentStart
        return Event(type: YAML_STREAM_START_EVENT, line: 0, column: 0, bytes: none)
      case .documentStart:
        stage = .mappingStart
        return Event(type: YAML_DOCUMENT_START_EVENT, line: 0, column: 0, bytes: none)
      case .mappingStart:
        stage = .fields
        return Event(type: YAML_MAPPING_START_EVENT, line: 0, column: 0, bytes: none)
      case .fields:
        if let value {
          self.value = nil
          cursor = value.end + 1
          let event = Event(
            type: YAML_SCALAR_EVENT, line: line, column: value.column,
            bytes: UnsafeBufferPointer(rebasing: buffer[value.start..<value.end]))
          line += 1
          if cursor >= buffer.count { stage = .mappingEnd }
          return event
        }
        // An accepted line: the name up to the first ':', the value after ': ' to the line's end.
        var colon = cursor
        while buffer[colon] != 0x3A { colon += 1 }
        var end = colon + 2
        while end < buffer.count, buffer[end] != 0x0A { end += 1 }
        value = (colon + 2, end, colon - cursor + 2)
        return Event(
          type: YAML_SCALAR_EVENT, line: line, column: 0, bytes: UnsafeBufferPointer(rebasing: buffer[cursor..<colon]))
      case .mappingEnd:
        stage = .documentEnd
        return Event(type: YAML_MAPPING_END_EVENT, line: line, column: 0, bytes: none)
      case .documentEnd:
        stage = .streamEnd
        return Event(type: YAML_DOCUMENT_END_EVENT, line: line, column: 0, bytes: none)
      case .streamEnd:
        stage = .past
        return Event(type: YAML_STREAM_END_EVENT, line: line, column: 0, bytes: none)
      case .past:
        return Event(type: YAML_NO_EVENT, line: line, column: 0, bytes: none)
      }
    }
  }
}
