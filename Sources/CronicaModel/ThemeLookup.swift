/// Finds themes by what people type: a key, a label or one of a theme's phrases, case, accents
/// and hyphens ignored (`Arms`, `weapons`, `money` → cash-flow, `Cash-Flow`). `--theme` resolves
/// one value to themes; the browser's theme panel narrows its list as people type.
public struct ThemeLookup: Sendable {
  /// What a typed value names.
  public enum Resolution: Hashable, Sendable {
    /// These theme keys (one, or several when a phrase is shared).
    case themes([String])
    /// Several themes, none named exactly: the value is a word of each (`drug`).
    case ambiguous([String])
    /// No theme; the nearest ones by label and phrase, nearest first.
    case unknown(nearest: [String])
  }

  /// The themes, in taxonomy order.
  public let themes: [Theme]
  /// Each theme's key, label and phrases, normalized (`normalize`).
  let names: [[String]]

  public init(themes: [Theme]) {
    self.themes = themes
    names = themes.map { theme in ([theme.key, theme.label] + theme.phrases).map(ThemeLookup.normalize) }
  }

  /// Lower case, accents removed, hyphens and underscores as spaces, one space between words.
  static func normalize(_ text: String) -> String {
    let spaced = String(TextFolding.fold(text).map { $0 == "-" || $0 == "_" ? " " : $0 })
    return spaced.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The themes a `--theme` value names: exactly a key, label or phrase; else a whole word (or
  /// words) of one theme's label or phrases; several such themes are ambiguous.
  public func resolve(_ text: String) -> Resolution {
    let wanted = Self.normalize(text)
    guard !wanted.isEmpty else { return .unknown(nearest: []) }
    let exact = themes.indices.filter { names[$0].contains(wanted) }
    if !exact.isEmpty { return .themes(exact.map { themes[$0].key }) }
    let padded = " " + wanted + " "
    let words = themes.indices.filter { position in names[position].contains { (" " + $0 + " ").contains(padded) } }
    switch words.count {
    case 0: return .unknown(nearest: nearest(to: text))
    case 1: return .themes([themes[words[0]].key])
    default: return .ambiguous(words.map { themes[$0].key })
    }
  }

  /// The positions of the themes whose key, label or a phrase has a word starting with the
  /// typed text (all of them when it is empty), in taxonomy order.
  public func filter(_ text: String) -> [Int] {
    let wanted = Self.normalize(text)
    guard !wanted.isEmpty else { return Array(themes.indices) }
    return themes.indices.filter { position in
      names[position].contains { name in name.hasPrefix(wanted) || name.contains(" " + wanted) }
    }
  }

  /// The keys of the themes nearest to a value by edit distance to their key, label, phrases
  /// and the words of those, or to their beginnings (`wepons` → arms, via "weapons"; `corupt` →
  /// corruption), within a third of the value's length (at least 1), at most `limit`.
  public func nearest(to text: String, limit: Int = 3) -> [String] {
    let wanted = Array(Self.normalize(text))
    guard !wanted.isEmpty else { return [] }
    let scored = themes.indices.map { position -> (distance: Int, position: Int) in
      // Whole names and their words of three letters or more ("us" and "of" are near everything).
      let candidates = names[position].flatMap { name in
        [name] + name.split(separator: " ").filter { $0.count >= 3 }.map(String.init)
      }
      // A candidate longer than the value also counts by its beginning, so that a misspelled
      // start of a word ("corupt") finds the word ("corruption").
      let distance =
        candidates.map { candidate -> Int in
          let letters = Array(candidate)
          let whole = TextFolding.editDistance(wanted, letters)
          guard letters.count > wanted.count else { return whole }
          return min(whole, TextFolding.editDistance(wanted, Array(letters.prefix(wanted.count))))
        }.min() ?? .max
      return (distance, position)
    }
    let close = scored.filter { $0.distance <= max(1, wanted.count / 3) }
    return close.sorted { ($0.distance, $0.position) < ($1.distance, $1.position) }.prefix(limit).map {
      themes[$0.position].key
    }
  }
}

extension TextFolding {
  /// The edit distance between two character arrays: insertions, deletions, substitutions and
  /// swaps of neighbours (`gnus` → `guns`) each count one (optimal string alignment). A distance
  /// of `cap` or more is given as `cap`, found as soon as it is certain, so that looking for the
  /// nearest of a million names stays cheap.
  public static func editDistance(_ a: [Character], _ b: [Character], cap: Int = .max) -> Int {
    if a.isEmpty || b.isEmpty || abs(a.count - b.count) >= cap { return min(max(a.count, b.count), cap) }
    var beforePrevious = Array(repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      // Every later cell adds to a cell of these two rows, so none can fall below their minimum.
      if min(current.min()!, previous.min()!) >= cap { return cap }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return min(previous[b.count], cap)
  }
}
