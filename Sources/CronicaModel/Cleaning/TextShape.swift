/// Small predicates about the shape of a trimmed line, used by the boilerplate rules.
enum TextShape {
  /// The line without trailing link decorations such as `»`, `›`, `→`, `...` or `…`.
  static func trimmingLinkMarks(_ line: String) -> String {
    var result = Substring(line)
    while let last = result.last, ".…»›→> ".contains(last) { result = result.dropLast() }
    return String(result)
  }

  static func wordCount(_ line: String) -> Int {
    line.split(separator: " ", omittingEmptySubsequences: true).count
  }

  static func isCapitalized(_ word: Substring) -> Bool {
    word.first?.isUppercase ?? false
  }

  /// Whether the words are only "See all X" links: "See all Hill.TV See all Video".
  static func isSeeAllRow(_ words: [Substring]) -> Bool {
    var index = 0
    var links = 0
    while index < words.count {
      guard index + 2 < words.count, words[index] == "See", words[index + 1] == "all" else { return false }
      index += 3
      links += 1
    }
    return links > 0
  }

  /// Whether the words are a Title Case ad headline containing a hype word.
  static func isClickbait(_ words: [Substring]) -> Bool {
    // Nearly every line has no hype word: that is checked first, before any Unicode lookup (a
    // hype word has letters, so it is among the words with letters when it is among all words).
    guard words.contains(where: { BoilerplateRule.hypeWords.contains(String($0)) }) else { return false }
    let words = words.filter { $0.contains(where: \.isLetter) }
    guard (3...16).contains(words.count) else { return false }
    return words.filter(isCapitalized).count * 5 >= words.count * 4
  }

  /// False only when no word of `line` (split at spaces) can be a hype word: a hype word is
  /// ASCII, so a word equal to one has its bytes, and the words between spaces are the byte
  /// runs between 0x20 bytes; a run is looked at by its first byte and length.
  ///
  /// Only a run whose first byte starts some hype word can be one, so the line is read eight bytes
  /// at a time for such a byte (`HypeFirstBytes`); only a word that holds one (in a body line,
  /// the few with a capital from `D` to `W`) is walked byte by byte, each run that starts in it
  /// measured to its end (a walk of every byte took ~1,000 instructions for a line of 90 bytes).
  static func mayHoldHypeWord(_ line: String) -> Bool {
    var text = line
    let firstBytes = BoilerplateRule.hypeFirstBytes
    return BoilerplateRule.hypeWordLengths.withUnsafeBufferPointer { lengths in
      text.withUTF8 { bytes in
        // By pointer. The size check makes the unchecked `lengths[Int(byte.pointee)]` below
        // provably in range (a table of another size is a bug that `CleaningCheapLookTests`
        // catches: every line would be turned away).
        guard let start = bytes.baseAddress, lengths.count == BoilerplateRule.byteValues else { return false }
        let end = start + bytes.count
        // Whether a run starts at one of the bytes from `from` to `to` whose first byte and length
        // are a hype word's.
        func holdsRun(from: UnsafePointer<UInt8>, to: UnsafePointer<UInt8>) -> Bool {
          var first = from
          while first < to {
            let lengthsForFirst = lengths[Int(first.pointee)]
            if lengthsForFirst != 0, first == start || (first - 1).pointee == 0x20 {
              var byte = first + 1
              while byte < end, byte.pointee != 0x20 { byte += 1 }
              let length = byte - first
              if length < 32, lengthsForFirst & (1 << length) != 0 { return true }
            }
            first += 1
          }
          return false
        }
        var word = start
        while end - word >= 8 {
          if firstBytes.mayHold(EightBytes.load(word)), holdsRun(from: word, to: word + 8) {
            return true
          }
          word += 8
        }
        return holdsRun(from: word, to: end)
      }
    }
  }

  /// Whether the line looks like a link title: short, starts with a capital, no closing period.
  static func isLinkTitle(_ line: String) -> Bool {
    guard line.utf8.count <= BoilerplateRule.maxChromeLength, let first = line.first else { return false }
    guard first.isUppercase || first.isNumber, TextShape.wordCount(line) <= 16 else { return false }
    return !(line.last.map { ".,;:".contains($0) } ?? true)
  }

  /// The line with a glued trailing "Read more" link removed when it follows a finished sentence.
  static func strippingGluedLink(_ line: String) -> String {
    // A line that ends in one of these suffixes ends in its bytes (their letters and space have
    // no other canonically equivalent form, as `K` has U+212A), so the bytes are compared first:
    // nearly every line is then never compared by characters.
    // Every suffix ends in `e` (as a test checks): a line ending in another byte (nearly every
    // line) is kept without a look at them.
    guard line.utf8.last == UInt8(ascii: "e") else { return line }
    for suffix in BoilerplateRule.gluedSuffixes
    where line.utf8.reversed().starts(with: suffix.utf8.reversed()) && line.hasSuffix(suffix) {
      let head = line.dropLast(suffix.count)
      guard let beforeSpace = head.last, beforeSpace == " " else { continue }
      let sentence = head.dropLast()
      guard let end = sentence.last, ".!?…\u{201D}\")".contains(end) else { continue }
      return String(sentence)
    }
    return line
  }

  /// Whether the line is a closing author bio: a capitalized name, "is"/"was", and a bio word.
  static func isClosingBio(_ line: String) -> Bool {
    guard line.utf8.count <= 800 else { return false }
    let words = line.split(separator: " ", maxSplits: 6)
    guard let verb = words.firstIndex(where: { $0 == "is" || $0 == "was" }), (2...4).contains(verb) else {
      return false
    }
    guard words[..<verb].allSatisfy({ isCapitalized($0) && $0.allSatisfy { $0.isLetter || ".-'".contains($0) } })
    else { return false }
    let lower = line.lowercased()
    return BoilerplateRule.bioSignals.contains { lower.contains($0) }
  }
}
