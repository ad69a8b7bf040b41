import Foundation
import CronicaModel

/// Theme chips (unique short tags, colours from `ThemePalette`) and what the list shows of a corpus.
extension Library {
  /// The chip of the theme at a taxonomy position (`ARM` for `arms`).
  public func badge(forTheme position: Int) -> String {
    badges.indices.contains(position) ? badges[position] : "?"
  }

  /// True when the chip of the theme at a taxonomy position says something: not when every
  /// event carries the theme (a TimelineJS timeline whose slides are all "Ungrouped").
  public func showsChip(forTheme position: Int) -> Bool {
    !(position < 64 && themesOnEveryEvent & (1 << UInt64(position)) != 0)
  }

  /// How the chip of the theme at a taxonomy position is drawn: its palette colour (the xterm
  /// 256-colour one when the terminal has them), and when only the eight basic colours are
  /// available, bold and underline as a second axis so that themes sharing a colour differ.
  public static func chipStyle(forTheme position: Int, colors256: Bool) -> Style {
    let color = ThemePalette.color(forTheme: position)
    if colors256 {
      return Style(
        foreground: Color(index: color.xterm256), bold: color.variant != 2, underline: color.variant == 1)
    }
    let cycle = max(0, position) % ThemePalette.count
    let rank = (0..<cycle).filter { ThemePalette.color(forTheme: $0).basic == color.basic }.count
    return Style(foreground: Color(index: color.basic), bold: rank != 1, underline: rank >= 1)
  }

  /// Short chips, unique in the taxonomy: the key's first three letters when no other theme's
  /// begin the same, else the words' initials (`KOE`, `KOF` for "kings of England" and "kings of
  /// France"), else the first letter with two later ones, else two letters and a digit.
  static func uniqueBadges(for themes: [Theme]) -> [String] {
    let candidates = themes.enumerated().map { position, theme in badgeCandidates(theme, position: position) }
    var firstCounts: [String: Int] = [:]
    for list in candidates { firstCounts[list[0], default: 0] += 1 }
    var used = Set(candidates.compactMap { firstCounts[$0[0]] == 1 ? $0[0] : nil })
    return candidates.enumerated().map { position, list in
      if firstCounts[list[0]] == 1 { return list[0] }
      let chosen = list.dropFirst().first { !used.contains($0) && firstCounts[$0] == nil } ?? String(position + 1)
      used.insert(chosen)
      return chosen
    }
  }

  /// The chips a theme could take, best first.
  static func badgeCandidates(_ theme: Theme, position: Int) -> [String] {
    func words(_ text: String) -> [[Character]] {
      text.uppercased().split { !($0.isLetter || $0.isNumber) }.map { Array($0) }.filter { !$0.isEmpty }
    }
    let keyWords = words(theme.key)
    let letters = keyWords.flatMap { $0 }
    guard let first = letters.first else { return [String(position + 1)] }
    var list = [String(letters.prefix(3))]
    for source in [keyWords, words(theme.label)] where source.count >= 2 {
      let initials = String(source.prefix(3).compactMap(\.first))
      let padded = initials.count >= 3 ? initials : initials + String(source.last!.dropFirst().prefix(3 - initials.count))
      list.append(padded)
    }
    if letters.count >= 3 {
      for i in 1..<(letters.count - 1) {
        for j in (i + 1)..<letters.count { list.append(String([first, letters[i], letters[j]])) }
        if list.count > 60 { break }
      }
    }
    let head = String(letters.prefix(2))
    list += (2...9).map { head + String($0) }
    var seen = Set<String>()
    return list.filter { seen.insert($0).inserted }
  }

  /// True when more years hold several events than hold one (else year headings would double the list).
  static func mostYearsHoldSeveral(_ years: Column<Int>) -> Bool {
    var single = 0
    var several = 0
    var run = 0
    var last: Int?
    years.withUnsafeBufferPointer { years in
      for year in years {
        if year == last {
          run += 1
          continue
        }
        if last != nil { if run == 1 { single += 1 } else { several += 1 } }
        last = year
        run = 1
      }
    }
    if last != nil { if run == 1 { single += 1 } else { several += 1 } }
    return single <= several || single + several <= 1
  }

  /// The themes every event has, as bits (none when there are no events or no theme words).
  static func commonThemes(_ words: Column<UInt64>, themeCount: Int) -> UInt64 {
    guard words.count > 0, themeCount > 0, themeCount <= 64 else { return 0 }
    return words.withUnsafeBufferPointer { words in words.reduce(UInt64.max) { $0 & $1 } }
  }

  /// The header of a titled timeline: its title and the text of its title slide, if any.
  static func header(of corpus: Corpus, articlePositions: [String: Int]) -> (title: String, intro: String)? {
    guard let title = corpus.title, !title.isEmpty else { return nil }
    // The title slide's text is its headline, then its text, caption and credit as paragraphs.
    let text = articlePositions[TimelineJS.titleArticleID].map { corpus.articles[$0].text } ?? ""
    var paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    if paragraphs.first == title { paragraphs.removeFirst() }
    return (title, paragraphs.first { !$0.isEmpty } ?? "")
  }
}
