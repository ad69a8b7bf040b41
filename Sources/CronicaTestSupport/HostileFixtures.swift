import CronicaModel

extension Fixtures {
  /// Text full of what must never reach a terminal, plus wide and combining characters.
  public static let hostileText =
    "ESC\u{1B}[31mred\u{1B}[0m OSC\u{1B}]0;pwned\u{07} CSI\u{9B}2J CR\rBS\u{08}BEL\u{07} NEL\u{85} DEL\u{7F} "
    + "RLO\u{202E}olleh\u{202C} iso\u{2066}a\u{2067}b\u{2068}c\u{2069} 東京で会議 🚨🇲🇽👍🏽 e\u{301}\u{302}x \u{301}lone "
    + "tab\there nul\u{0}end"

  /// A valid corpus whose titles, summaries, quotes, themes and article metadata are all hostile.
  public static let hostileCorpus: Corpus = {
    let quote = "quoted \u{1B}[2J 東京 🚨 \u{202E}evil"
    let article = Article.fixture(
      id: "hostile", title: "Art\u{1B}[1micle \u{9B}title 東京", outlet: "Out\rlet\u{08}", authors: ["\u{202E}rohtua"],
      published: .fixture(2020), publishedDisplay: "20\u{1B}20",
      text: "Start. " + hostileText + "\n\nMiddle " + quote + " more.\n\n" + String(repeating: "字", count: 300))
    let themes: [Theme] = [.fixture("t\u{1B}x", "Th\u{1B}[2Jeme 東京"), .fixture("plain", "Plain")]
    let events = (0..<6).map { index in
      Event.fixture(
        "h\(index)", .fixture(2015 + index), display: "y\u{1B}[0m\(2015 + index)\u{85}",
        kind: EventKind(rawValue: "k\u{7}ind"), title: "\(index) " + hostileText,
        summary: hostileText + " " + hostileText, themes: index % 2 == 0 ? ["t\u{1B}x"] : ["plain", "t\u{1B}x"],
        cites: [("hostile", quote), ("hostile", "Start.")])
    }
    return Corpus(articles: [article], events: events, themes: themes)
  }()
}
