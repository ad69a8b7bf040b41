import CronicaModel

/// Counts, for every theme of the taxonomy, how many of some events carry it.
enum ThemeCounter {
  /// The count per taxonomy position over `positions` (nil: every event), from the library's
  /// theme words when the taxonomy fits one word per event, else from the index's words.
  ///
  /// Large counts run in pieces on all cores (a million events' words are 8 MB).
  static func counts(library: Library, positions: [Int]?, pieceSize: Int = 200_000) -> [Int] {
    let themeCount = library.corpus.themes.count
    let useWords = library.themeWords.count == library.corpus.events.count
    let index = useWords ? nil : library.readyIndex
    let words = index?.themeWords ?? library.themeWords
    let width = index?.wordsPerEvent ?? 1
    let total = positions?.count ?? library.corpus.events.count
    let ranges = Parallel.ranges(of: total, minimum: pieceSize)
    let pieces = Parallel.map(pieces: ranges.count) { piece -> [Int] in
      var counts = Array(repeating: 0, count: themeCount)
      counts.withUnsafeMutableBufferPointer { counts in
        words.withUnsafeBufferPointer { words in
          func count(_ position: Int) {
            for slot in 0..<width {
              var word = words[position * width + slot]
              while word != 0 {
                let bit = slot * 64 + word.trailingZeroBitCount
                if bit < counts.count { counts[bit] += 1 }  // a bit past the taxonomy counts nowhere
                word &= word - 1
              }
            }
          }
          if let positions {
            for slot in ranges[piece] { count(positions[slot]) }
          } else {
            for position in ranges[piece] { count(position) }
          }
        }
      }
      return counts
    }
    var counts = Array(repeating: 0, count: themeCount)
    for piece in pieces { for (bit, value) in piece.enumerated() { counts[bit] += value } }
    return counts
  }
}
