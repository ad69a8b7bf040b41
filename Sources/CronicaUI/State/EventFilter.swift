import CronicaModel

/// The filtering pass behind the timeline: `EventIndex.matches` for themes and search, made fast.
///
/// Text is compared as folded UTF-8 bytes, and a search that extends the previous one only
/// re-checks the events the previous one kept (typing narrows, so each keystroke costs less).
enum EventFilter {
  /// Whether `matches` reads the search index for this query (else the theme words do).
  static func needsIndex(_ query: EventQuery, library: Library) -> Bool {
    if query.themes.isEmpty, query.search.isEmpty, query.kinds.isEmpty, query.from == nil, query.to == nil {
      return false
    }
    let useWords = library.themeWords.count == library.corpus.events.count
    return !(query.search.isEmpty && query.kinds.isEmpty && query.from == nil && query.to == nil && useWords)
  }

  /// The corpus positions the query keeps, ascending.
  ///
  /// - Parameters:
  ///   - candidates: positions known to contain every match (ascending); nil scans all events.
  ///   - pieceSize: the fewest positions one core scans (a large scan is split across cores).
  static func matches(_ query: EventQuery, library: Library, candidates: [Int]?, pieceSize: Int = 100_000) -> [Int] {
    if query.themes.isEmpty, query.search.isEmpty, query.kinds.isEmpty, query.from == nil, query.to == nil {
      return candidates ?? Array(library.corpus.events.indices)  // keeps everything; no index needed
    }
    guard query.kinds.isEmpty, query.from == nil, query.to == nil else {
      return library.readyIndex.matches(query, in: library.corpus)
    }
    let useWords = library.themeWords.count == library.corpus.events.count
    var wantedWord: UInt64 = 0
    for key in query.themes { if let bit = library.themeBits[key], bit < 64 { wantedWord |= 1 << UInt64(bit) } }
    if query.search.isEmpty, useWords {
      // Themes only: the words are ready from the start; the search index may still be building.
      return library.themeWords.withUnsafeBufferPointer { words in
        if let candidates { return candidates.filter { words[$0] & wantedWord != 0 } }
        var kept: [Int] = []
        for position in words.indices where words[position] & wantedWord != 0 { kept.append(position) }
        return kept
      }
    }
    let index = library.readyIndex
    let wanted = index.mask(for: query.themes)
    let filterThemes = !query.themes.isEmpty
    let needle = Array(TextFolding.fold(query.search).utf8)
    let words = library.themeWords
    let wantedBits = wantedWord
    // Both cores on a large scan (a million events' text is hundreds of megabytes).
    let total = candidates?.count ?? (index.foldedOffsets.count - 1)
    let ranges = Parallel.ranges(of: total, minimum: pieceSize)
    let pieces = Parallel.map(pieces: ranges.count) { piece -> [Int] in
      var result: [Int] = []
      index.foldedBytes.withUnsafeBufferPointer { bytes in
        index.foldedOffsets.withUnsafeBufferPointer { offsets in
          words.withUnsafeBufferPointer { words in
            needle.withUnsafeBufferPointer { pattern in
              func keep(_ position: Int) {
                if filterThemes {
                  if useWords {
                    if words[position] & wantedBits == 0 { return }
                  } else if !index.hasTheme(at: position, of: wanted) {
                    return
                  }
                }
                if !pattern.isEmpty, !contains(bytes, from: offsets[position], to: offsets[position + 1], pattern) {
                  return
                }
                result.append(position)
              }
              if let candidates {
                for slot in ranges[piece] { keep(candidates[slot]) }
              } else {
                for position in ranges[piece] { keep(position) }
              }
            }
          }
        }
      }
      return result
    }
    return pieces.count == 1 ? pieces[0] : Array(pieces.joined())
  }

  /// True when `bytes[start..<end]` contains the (non-empty) pattern.
  @inline(__always)
  static func contains(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ pattern: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let count = pattern.count
    guard end - start >= count, let base = bytes.baseAddress, let target = pattern.baseAddress else { return false }
    let first = target[0]
    var cursor = start
    let last = end - count
    while cursor <= last {
      if base[cursor] == first {
        var offset = 1
        while offset < count, base[cursor + offset] == target[offset] { offset += 1 }
        if offset == count { return true }
      }
      cursor += 1
    }
    return false
  }

  /// True when the UTF-8 bytes of `text` contain `needle`.
  static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    var text = text
    return text.withUTF8 { haystack in
      needle.withUnsafeBufferPointer { contains(haystack, from: 0, to: haystack.count, $0) }
    }
  }

  /// True when results of `new` are a subset of those of `old`: same themes, search extended
  /// (a first search text narrows no search at all).
  static func narrows(_ new: EventQuery, from old: EventQuery) -> Bool {
    guard new.themes == old.themes, new.kinds == old.kinds, new.from == old.from, new.to == old.to else { return false }
    if new.search == old.search { return true }
    return contains(TextFolding.fold(new.search), Array(TextFolding.fold(old.search).utf8))
  }
}
