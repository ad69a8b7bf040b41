/// Decoding re-encoded bytes and restoring punctuation whose bytes were lost.
extension MojibakeRepair {
  /// Whether a decoded scalar is what mojibake of Western text yields: printable ASCII,
  /// Latin letters, punctuation, currency, letterlike symbols, arrows, dingbats or emoji.
  static func isPlausibleRepair(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0x24F, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x21FF,
      0x2600...0x27BF, 0x1F000...0x1FAFF:
      return true
    default:
      return false
    }
  }

  /// Chooses the punctuation mark whose UTF-8 tail (after `E2` or `E2 80`) was lost.
  ///
  /// The lost byte is always followed by a byte GBK cannot pair with (space, digit, punctuation,
  /// line end), so the neighbours tell the mark: space on both sides → `—`; space or line start
  /// before → `“`; a letter after → `’`; otherwise a closing mark: `”` while a `“` is open on
  /// this line, `…` at the end of a line, else `’`.
  static func restoredPunctuation(
    previous: Unicode.Scalar?, next: Unicode.Scalar?, openQuotes: Int
  ) -> Unicode.Scalar {
    let openers = "([{\u{2014}\u{2013}".unicodeScalars
    let opensBefore = previous.map { $0.properties.isWhitespace || openers.contains($0) } ?? true
    let breaksAfter = next.map { $0.properties.isWhitespace } ?? true
    let endsLine = next.map { $0 == "\n" || $0 == "\r" } ?? true
    if opensBefore && breaksAfter { return "\u{2014}" }
    if opensBefore { return "\u{201C}" }
    if let next, next.properties.isAlphabetic { return "\u{2019}" }
    if openQuotes > 0 { return "\u{201D}" }
    if endsLine { return "\u{2026}" }
    return "\u{2019}"
  }
}

/// An incremental, strict UTF-8 decoder fed one byte at a time.
struct UTF8Stream {
  enum Step {
    case scalar(Unicode.Scalar)
    /// The byte started or continued a sequence that is not complete yet.
    case pending
    /// The byte cannot appear here in UTF-8.
    case invalid
  }

  private var lead: UInt8 = 0
  private var received = 0
  private var needed = 0
  private var value: UInt32 = 0
  private var low: UInt8 = 0x80
  private var high: UInt8 = 0xBF
  private var second: UInt8 = 0

  var isPending: Bool { needed > 0 }

  /// True when the incomplete sequence is `E2` or `E2 80`: a lost general punctuation mark.
  var isRestorableTruncation: Bool {
    guard needed > 0, lead == 0xE2 else { return false }
    return received == 0 || (received == 1 && second == 0x80)
  }

  mutating func push(_ byte: UInt8) -> Step {
    if needed == 0 { return start(byte) }
    guard byte >= low && byte <= high else {
      needed = 0
      return .invalid
    }
    if received == 0 { second = byte }
    received += 1
    value = value << 6 | UInt32(byte & 0x3F)
    needed -= 1
    low = 0x80
    high = 0xBF
    guard needed == 0 else { return .pending }
    guard let scalar = Unicode.Scalar(value) else { return .invalid }
    return .scalar(scalar)
  }

  private mutating func start(_ byte: UInt8) -> Step {
    lead = byte
    received = 0
    low = 0x80
    high = 0xBF
    switch byte {
    case 0x00...0x7F:
      return .scalar(Unicode.Scalar(byte))
    case 0xC2...0xDF:
      needed = 1
      value = UInt32(byte & 0x1F)
    case 0xE0...0xEF:
      needed = 2
      value = UInt32(byte & 0x0F)
      if byte == 0xE0 { low = 0xA0 }
      if byte == 0xED { high = 0x9F }
    case 0xF0...0xF4:
      needed = 3
      value = UInt32(byte & 0x07)
      if byte == 0xF0 { low = 0x90 }
      if byte == 0xF4 { high = 0x8F }
    default:
      return .invalid
    }
    return .pending
  }
}
