import Foundation

/// Repairs UTF-8 text that was once decoded as GBK (GB 18030) and saved again as UTF-8.
///
/// Such text shows `鈥渇resh鈥` for `“fresh”` and `茅` for `é`. Repair re-encodes each run of
/// suspect characters to GB 18030 bytes and decodes them as UTF-8. A run is rewritten only when
/// its bytes form valid UTF-8 made of Latin letters, punctuation or symbols (or such text cut
/// short by a lost byte); anything else, such as real Chinese or Japanese, is left untouched.
/// Nothing happens unless the text as a whole shows the pattern (see ``repair(_:)``).
/// Linear in the length of the text; never traps.
enum MojibakeRepair {
  /// Characters whose presence shows the GBK-mojibake pattern in a text, each with why.
  static let markers: [(scalar: Unicode.Scalar, comment: String)] = [
    // GBK reading of E2 80, the first two UTF-8 bytes of curly quotes, dashes and ellipses:
    // English text with smart punctuation that went through GBK is full of it.
    ("\u{9225}", "鈥 = E2 80, prefix of “ ” ‘ ’ — – …")
  ]

  /// Foundation's GB 18030 encoding (`CFStringConvertEncodingToNSStringEncoding(0x0632)`).
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  struct Outcome: Hashable, Sendable {
    /// The text, repaired where the pattern was found.
    var text: String
    var repaired: Bool
  }

  /// Runs that must repair, all attached to Latin words, before a text without markers is repaired.
  static let minimumUnmarkedRuns = 2

  /// Repairs GBK mojibake in `text`; returns the text unchanged when the pattern is absent.
  ///
  /// The pattern is present when the text contains a marker, or else when every suspect run in
  /// it repairs, at least ``minimumUnmarkedRuns`` do, and each touches an ASCII letter (as in
  /// `Jos茅`), which real Chinese or Japanese text never does throughout.
  static func repair(_ text: String) -> Outcome {
    var source = text
    if !source.withUTF8(mayHoldMojibake) { return Outcome(text: text, repaired: false) }
    let result = source.withUTF8 { bytes -> (output: [UInt8], state: RepairState) in
      var state = RepairState()
      state.scan(bytes)
      return (state.output, state)
    }
    let state = result.state
    let unmarkedPattern = state.failedRuns == 0 && state.detachedRuns == 0
      && state.repairedRuns >= minimumUnmarkedRuns
    guard state.repairedRuns > 0, state.marked || unmarkedPattern else {
      return Outcome(text: text, repaired: false)
    }
    return Outcome(text: String(decoding: result.output, as: UTF8.self), repaired: true)
  }

  /// False when the text's bytes are all ASCII: runs and markers are made of non-ASCII scalars,
  /// so such text is left as it is, uncopied.
  static func mayHoldMojibake(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { !String.isASCII(bytes) }

  /// Whether a scalar can be part of GBK mojibake: a non-Latin BMP character outside general
  /// punctuation (real curly quotes and dashes are kept apart from runs).
  static func mayBeMojibake(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x0391 || value > 0xFFEF { return false }
    if (0x2000...0x206F).contains(value) { return false }
    if (0xD800...0xF8FF).contains(value) { return false }
    return true
  }
}
