import Foundation

/// Repairs UTF-8 text that was once decoded as GBK (GB 18030) and saved again as UTF-8.
///
/// Such text shows `鈥渇resh鈥` for `“fresh”` and `茅` for `é`. Repair re-encodes each run of
/// suspect characters to GB 18030 bytes and decodes them as UTF-8. A run is rewritten only when
/// its bytes form valid UTF-8 made of Latin letters, punctuation or symbols (or such text cut
/// short by a lost byte); anything else, such as real Chinese or Japanese, is left untouched.
/// Nothing happens at all unless the text shows one of the ``markers``.
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

  /// The result of a repair attempt.
  struct Outcome: Hashable, Sendable {
    /// The text, repaired where the pattern was found.
    var text: String
    /// True when at least one run was rewritten.
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
    let markerSet = Set(markers.map(\.scalar))
    let marked = text.unicodeScalars.contains(where: { markerSet.contains($0) })
    guard marked || text.unicodeScalars.contains(where: mayBeMojibake) else {
      return Outcome(text: text, repaired: false)
    }
    var state = RepairState()
    for scalar in text.unicodeScalars {
      if state.isCandidate(scalar) {
        state.run.append(scalar)
      } else {
        state.flushRun(next: scalar)
        state.emit(scalar)
      }
    }
    state.flushRun(next: nil)
    let unmarkedPattern = state.failedRuns == 0 && state.detachedRuns == 0
      && state.repairedRuns >= minimumUnmarkedRuns
    guard state.repairedRuns > 0, marked || unmarkedPattern else { return Outcome(text: text, repaired: false) }
    return Outcome(text: String(state.output), repaired: true)
  }

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

/// Mutable state of one repair pass: output so far, the current run and quote balance.
struct RepairState {
  /// The repaired text so far.
  var output = String.UnicodeScalarView()
  /// The pending run of suspect characters.
  var run: [Unicode.Scalar] = []
  /// Runs rewritten so far.
  var repairedRuns = 0
  /// Rewritten runs touching no ASCII letter on either side.
  var detachedRuns = 0
  /// Suspect runs that did not decode as mojibake.
  var failedRuns = 0
  /// The last scalar written to `output`.
  var last: Unicode.Scalar?
  /// Opening double quotes not yet closed on the current line.
  var openQuotes = 0
  /// GB 18030 bytes of characters seen so far; empty when not a two-byte character.
  var encodings: [Unicode.Scalar: [UInt8]] = [:]

  /// Whether `scalar` belongs in a run: a suspect character with a two-byte GBK encoding.
  mutating func isCandidate(_ scalar: Unicode.Scalar) -> Bool {
    guard MojibakeRepair.mayBeMojibake(scalar) else { return false }
    return bytes(of: scalar).count == 2
  }

  /// The GB 18030 bytes of one scalar, cached.
  mutating func bytes(of scalar: Unicode.Scalar) -> [UInt8] {
    if let known = encodings[scalar] { return known }
    let data = String(Character(scalar)).data(using: MojibakeRepair.gb18030, allowLossyConversion: false)
    let bytes = data.map { [UInt8]($0) } ?? []
    encodings[scalar] = bytes
    return bytes
  }

  /// Appends one scalar to the output, tracking the last scalar and the quote balance.
  mutating func emit(_ scalar: Unicode.Scalar) {
    output.append(scalar)
    last = scalar
    switch scalar {
    case "\n": openQuotes = 0
    case "\u{201C}": openQuotes += 1
    case "\u{201D}": openQuotes = max(0, openQuotes - 1)
    default: break
    }
  }

  /// Rewrites the pending run if it decodes as mojibake, else copies it; `next` follows the run.
  mutating func flushRun(next: Unicode.Scalar?) {
    guard !run.isEmpty else { return }
    defer { run.removeAll(keepingCapacity: true) }
    var decoder = UTF8Stream()
    var decoded: [Unicode.Scalar] = []
    decoded.reserveCapacity(run.count)
    for scalar in run {
      for byte in bytes(of: scalar) {
        switch decoder.push(byte) {
        case .scalar(let value):
          guard MojibakeRepair.isPlausibleRepair(value) else { return copyRun() }
          decoded.append(value)
        case .pending:
          break
        case .invalid:
          return copyRun()
        }
      }
    }
    let truncated = decoder.isPending
    if truncated && !decoder.isRestorableTruncation { return copyRun() }
    let attached = [last, next].contains { $0.map { $0.isASCII && $0.properties.isAlphabetic } ?? false }
    if !attached { detachedRuns += 1 }
    for value in decoded { emit(value) }
    if truncated {
      emit(MojibakeRepair.restoredPunctuation(previous: last, next: next, openQuotes: openQuotes))
    }
    repairedRuns += 1
  }

  /// Copies the pending run unchanged, counting it as a failed run.
  mutating func copyRun() {
    failedRuns += 1
    for scalar in run { emit(scalar) }
  }
}
