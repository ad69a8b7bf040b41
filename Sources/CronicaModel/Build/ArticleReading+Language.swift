extension ArticleReading {
  /// The function words (`BuildLexicon.detect`) of every lexicon in one table, and by a word's
  /// index there the lexicons that list it: a word of a text is looked up once, not once in each
  /// lexicon's table. (No function word is canonically equal to ASCII text unless it is ASCII, as a
  /// test checks: the one table finds what each lexicon's found.)
  struct LanguageGuess: Sendable {
    let lexicons: [BuildLexicon.Compiled]
    let words: WordTable
    /// The lexicons of `words[i]` are `owners[ownerStarts[i]..<ownerStarts[i + 1]]`.
    let ownerStarts: [Int]
    let owners: [Int]
    /// The most bytes of an ASCII word of `words`: a longer run of ASCII letters is none of them
    /// (an ASCII run is looked up by its bytes among the ASCII words only).
    let longestASCII: Int

    init(_ lexicons: [BuildLexicon.Compiled]) {
      self.lexicons = lexicons
      words = WordTable(lexicons.reduce(into: Set<String>()) { $0.formUnion($1.detect.words) })
      var starts = [0]
      var owners: [Int] = []
      for word in words.words {
        owners += lexicons.indices.filter { lexicons[$0].detect.index(of: word) != nil }
        starts.append(owners.count)
      }
      ownerStarts = starts
      self.owners = owners
      longestASCII = words.words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(\.utf8.count).max() ?? 0
    }

    /// The lexicon of the language whose function words are most frequent in the first thousand
    /// words (runs of letters: ASCII ones by bytes, else alphabetic scalars) of a text's UTF-8
    /// bytes; the first of equals.
    func lexicon(of bytes: [UInt8]) -> BuildLexicon.Compiled {
      lexicons[index(of: bytes)]
    }

    func index(of bytes: [UInt8]) -> Int {
      guard lexicons.count > 1 else { return 0 }
      // (Counted on the stack: an array per article costs an allocation and a lookup of its type.)
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: lexicons.count) { counts in
        counts.initialize(repeating: 0)
        bytes.withUnsafeBufferPointer { bytes in
          var runs = 0
          // The start of the run of letters being read (-1 between runs), and whether it is ASCII.
          var start = -1
          var ascii = true
          var index = 0
          while index < bytes.count, runs < 1000 {
            let byte = bytes[index]
            if byte < 0x80 {
              if (byte | 0x20) &- 0x61 < 26 {
                if start < 0 { (start, ascii) = (index, true) }
                // The rest of a run of ASCII letters at once (no byte of 0x80 or more passes the test).
                index += 1
                while index < bytes.count, (bytes[index] | 0x20) &- 0x61 < 26 { index += 1 }
                continue
              }
              if start >= 0 {
                count(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii, into: counts)
                runs += 1
                start = -1
              }
              index += 1
              continue
            }
            let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
            // (An overlong form decodes to an ASCII scalar: the ASCII rule reads it.)
            if scalar.isASCII ? (UInt8(scalar.value) | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic {
              if start < 0 { start = index }
              ascii = false
            } else if start >= 0 {
              count(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii, into: counts)
              runs += 1
              start = -1
            }
            index += length
          }
          if runs < 1000, start >= 0 { count(UnsafeBufferPointer(rebasing: bytes[start...]), ascii: ascii, into: counts) }
        }
        return counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
      }
    }

    /// Counts a run of letters for the lexicons that list it.
    private func count(_ run: UnsafeBufferPointer<UInt8>, ascii: Bool, into counts: UnsafeMutableBufferPointer<Int>) {
      guard !ascii || run.count <= longestASCII, let found = words.index(of: run) else { return }
      for k in ownerStarts[found]..<ownerStarts[found + 1] { counts[owners[k]] += 1 }
    }
  }
}
