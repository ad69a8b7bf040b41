import CronicaModel
import CronicaTestSupport
import CronicaUI

/// Scenes used by the snapshot, sweep and hostile tests: a name and the keys that reach the view.
enum Scenes {
  /// Every view (and the search prompt), reached from a fresh browser.
  static let all: [(name: String, keys: String)] = [
    ("timeline", "jj"),
    ("detail", "Gkk<Enter>"),
    ("reader", "Gkk2"),
    ("themes", "tj<Space>jj<Space>"),
    ("search", "/merida"),
    ("search-hit", "/merida<Enter>n"),
    ("filter", "&merida<Enter>"),
    ("reader-search", "Gkk2/the<Enter>n"),
    ("help", "?"),
    ("sources", "sj"),
    ("jump", ":201"),
    ("jumped", ":2019<Enter>"),
  ]

  /// A browser on a corpus, at a size, after a key script.
  static func browser(_ corpus: Corpus = Fixtures.corpus, size: Size, keys: String) -> Browser {
    var browser = Browser(corpus: corpus, size: size)
    browser.press(keys)
    return browser
  }

  /// A corpus larger than a screen, for layouts: 14 themes, dates of every shape the date
  /// column meets, titles from short to long. Fixed, so its snapshots change only with the code.
  static let layoutCorpus: Corpus = {
    let keys = [
      "institutions", "diplomacy", "corruption", "border", "violence", "justice", "heroin", "fentanyl",
      "demand", "cash", "arms", "trade", "migration", "health",
    ]
    let themes = keys.map { Theme(key: $0, label: $0.capitalized + " and more", description: "", phrases: []) }
    let displays = [
      "{y}", "May 18, {y}", "{y}, before May 18", "more than a decade, to {y}", "FY{y}–FY2022", "early {y}",
      "every year since {y}", "{y}–2017 (cumulative)", "soon after December {y}",
    ]
    let words = [
      "Ministers", "agree", "to", "build", "a", "new", "shared", "strategy", "against", "the", "cartels'",
      "business", "model", "and", "track", "drug", "money", "across", "Mérida", "border", "ports",
    ]
    let article = Article.fixture(id: "source", title: "Source", text: "The quoted passage.")
    var events: [Event] = []
    for index in 0..<80 {
      let year = 2008 + (index * 16) / 80
      let display = displays[index % displays.count].replacingOccurrences(of: "{y}", with: String(year))
      let length = 2 + (index * 7) % 16
      let title = (0..<length).map { words[(index + $0 * 3) % words.count] }.joined(separator: " ")
      let themeCount = 1 + index % 4
      events.append(
        Event(
          id: "event-\(index)", start: .fixture(year, 1 + index % 12), display: display, kind: .report,
          title: title.prefix(1).uppercased() + title.dropFirst(), summary: "Summary of event \(index).",
          themes: (0..<themeCount).map { keys[(index + $0 * 5) % keys.count] },
          citations: [Citation(article: "source", quote: "The quoted passage.")]))
    }
    return Corpus(articles: [article], events: events, themes: themes)
  }()
}
