import CronicaModel

extension Article {
  /// A test article: only what a test cares about, the rest filled in.
  public static func fixture(
    id: String, title: String, outlet: String = "Test Outlet", authors: [String] = [],
    published: PartialDate? = nil, publishedDisplay: String = "unknown", text: String
  ) -> Article {
    Article(
      id: id, title: title, outlet: outlet, authors: authors, published: published.map(EDTFDate.init),
      publishedDisplay: publishedDisplay,
      dateBasis: "fixture", origin: id + ".txt", text: text)
  }
}

extension Theme {
  /// A test theme with a label and no phrases.
  public static func fixture(_ key: String, _ label: String) -> Theme {
    Theme(key: key, label: label, description: "Fixture theme \(label).", phrases: [])
  }
}

extension PartialDate {
  /// A date for fixtures; years out of range fall back to the year alone.
  public static func fixture(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> PartialDate {
    if let date = PartialDate(year: year, month: month, day: day) { return date }
    if let date = PartialDate(year: year) { return date }
    return (try? PartialDate(parsing: "2000")) ?? fixture(2000)
  }
}

extension EDTFDate {
  /// An EDTF date for fixtures (`2019-41`, `2017-05-22/2017-05-28`); malformed text falls back to 2000.
  public static func fixture(_ text: String) -> EDTFDate {
    (try? EDTFDate(parsing: text)) ?? EDTFDate(PartialDate.fixture(2000))
  }

  /// A plain year, month or day for fixtures (`PartialDate.fixture`).
  public static func fixture(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> EDTFDate {
    EDTFDate(PartialDate.fixture(year, month, day))
  }
}

extension Event {
  /// A test event citing passages as `(article id, quote)` pairs.
  public static func fixture(
    _ id: String, _ start: PartialDate, end: PartialDate? = nil, display: String? = nil, kind: EventKind = .report,
    title: String, summary: String = "", themes: [String], cites: [(String, String)]
  ) -> Event {
    fixture(
      id, EDTFDate(start), end: end.map(EDTFDate.init), display: display, kind: kind, title: title, summary: summary,
      themes: themes, cites: cites)
  }

  /// A test event with EDTF dates and, when given, the curator's order.
  public static func fixture(
    _ id: String, _ start: EDTFDate, end: EDTFDate? = nil, order: Int? = nil, display: String? = nil,
    kind: EventKind = .report, title: String, summary: String = "", themes: [String], cites: [(String, String)]
  ) -> Event {
    Event(
      id: id, start: start, end: end, order: order, display: display ?? start.edtf, kind: kind, title: title,
      summary: summary.isEmpty ? "Summary of \(title)." : summary, themes: themes,
      citations: cites.map { Citation(article: $0.0, quote: $0.1) })
  }
}

/// Hand-made corpora for tests: small, readable, and valid.
public enum Fixtures {
  /// Four themes in taxonomy order.
  public static let themes: [Theme] = [
    .fixture("arms", "Arms trafficking"), .fixture("cash", "Cash flow"), .fixture("fentanyl", "Fentanyl"),
    .fixture("security", "Security cooperation"),
  ]

  /// Three short articles whose passages the events cite.
  public static let articles: [Article] = [
    .fixture(
      id: "merida-at-ten", title: "The Mérida Initiative at ten", outlet: "Border Review", authors: ["Ana Pérez"],
      published: .fixture(2018, 6), publishedDisplay: "June 2018",
      text: """
        The Mérida Initiative was signed in 2008 as a security partnership between the United States and Mexico.

        By 2010 the program had delivered helicopters and training to Mexican federal police, and officials on both sides of the border called it a model.

        Critics said that weapons smuggled south from Texas and Arizona fueled cartel violence.

        In 2016 both governments agreed to refocus on border infrastructure and judicial reform.

        A decade later, analysts described the partnership as durable but uneven.
        """),
    .fixture(
      id: "follow-the-money", title: "Follow the money", outlet: "Finance Weekly", authors: [],
      published: .fixture(2019, 11, 4), publishedDisplay: "4 November 2019",
      text: """
        Bulk cash smuggling remains the main way cartels move profits south.

        In 2011 a joint task force seized 40 million dollars in a single operation at the Nogales crossing.

        Trade-based laundering schemes grew after 2014, investigators said.

        Regulators in both countries signed a data-sharing memorandum in March 2019.
        """),
    .fixture(
      id: "fentanyl-decade", title: "The fentanyl decade", outlet: "Health & Security Journal",
      authors: ["J. Smith", "L. Gómez"], published: .fixture(2023), publishedDisplay: "early 2023",
      text: """
        Fentanyl seizures at the southwest border rose sharply after 2019.

        In October 2021 the two countries announced the Bicentennial Framework for Security, Public Health, and Safe Communities.

        Officials said precursor chemicals arrived mostly from Asia.

        By 2023 overdose deaths in the United States exceeded 100,000 a year, and the framework's first results were mixed.
        """),
  ]

  /// Twelve events from 2008 to 2023 citing the three articles.
  public static let events: [Event] = [
    .fixture(
      "merida-signed", .fixture(2008), display: "2008", kind: .agreement, title: "Mérida Initiative signed",
      summary: "The United States and Mexico start a security partnership.", themes: ["security"],
      cites: [("merida-at-ten", "The Mérida Initiative was signed in 2008")]),
    .fixture(
      "helicopters", .fixture(2010), display: "2010", kind: .policy, title: "Helicopters and police training delivered",
      themes: ["security"], cites: [("merida-at-ten", "By 2010 the program had delivered helicopters and training")]),
    .fixture(
      "guns-south", .fixture(2010, 9), display: "September 2010", kind: .statement,
      title: "Critics link southbound guns to violence", themes: ["arms", "security"],
      cites: [("merida-at-ten", "weapons smuggled south from Texas and Arizona fueled cartel violence")]),
    .fixture(
      "nogales-seizure", .fixture(2011, 5), display: "May 2011", kind: .legal, title: "Nogales cash seizure",
      summary: "A joint task force seizes 40 million dollars at one crossing.", themes: ["cash"],
      cites: [
        (
          "follow-the-money",
          "a joint task force seized 40 million dollars in a single operation at the Nogales crossing"
        )
      ]),
    .fixture(
      "laundering", .fixture(2014), display: "after 2014", kind: .report, title: "Trade-based laundering grows",
      themes: ["cash"], cites: [("follow-the-money", "Trade-based laundering schemes grew after 2014")]),
    .fixture(
      "refocus", .fixture(2016), display: "2016", kind: .agreement,
      title: "Partnership refocused on borders and courts",
      themes: ["security", "arms"],
      cites: [("merida-at-ten", "both governments agreed to refocus on border infrastructure and judicial reform")]),
    .fixture(
      "durable", .fixture(2018, 6), display: "June 2018", kind: .publication,
      title: "Analysts call the partnership durable",
      themes: ["security"], cites: [("merida-at-ten", "analysts described the partnership as durable but uneven")]),
    .fixture(
      "data-sharing", .fixture(2019, 3), display: "March 2019", kind: .agreement,
      title: "Financial data-sharing memorandum",
      themes: ["cash"], cites: [("follow-the-money", "signed a data-sharing memorandum in March 2019")]),
    .fixture(
      "seizures-climb", .fixture(2019), end: .fixture(2022), display: "2019–2022", kind: .statistic,
      title: "Fentanyl seizures climb", themes: ["fentanyl"],
      cites: [("fentanyl-decade", "Fentanyl seizures at the southwest border rose sharply after 2019")]),
    .fixture(
      "bicentennial", .fixture(2021, 10, 8), display: "8 October 2021", kind: .agreement,
      title: "Bicentennial Framework announced",
      summary: "A new framework replaces Mérida with public health and safe communities at its centre.",
      themes: ["security", "fentanyl", "arms"],
      cites: [
        (
          "fentanyl-decade",
          "the two countries announced the Bicentennial Framework for Security, Public Health, and Safe Communities"
        ),
        ("fentanyl-decade", "precursor chemicals arrived mostly from Asia"),
      ]),
    .fixture(
      "overdoses", .fixture(2023), display: "2023", kind: .statistic, title: "Overdose deaths pass 100,000",
      themes: ["fentanyl"], cites: [("fentanyl-decade", "overdose deaths in the United States exceeded 100,000 a year")]
    ),
    .fixture(
      "mixed-results", .fixture(2023), end: nil, display: "early 2023", kind: .report, title: "Framework results mixed",
      themes: ["security", "fentanyl"], cites: [("fentanyl-decade", "the framework's first results were mixed")]),
  ]

  /// The small valid corpus most UI tests use.
  public static let corpus = Corpus(articles: articles, events: events, themes: themes)

  /// A corpus of `count` generated events over 2008–2023 for speed tests (one article, four themes).
  public static func large(count: Int) -> Corpus {
    let article = Article.fixture(id: "bulk", title: "Bulk", text: "Passage number one. Passage number two.")
    var events: [Event] = []
    events.reserveCapacity(count)
    for index in 0..<count {
      let year = 2008 + index % 16
      let theme = themes[index % themes.count].key
      events.append(
        Event(
          id: "e\(index)", start: EDTFDate(.fixture(year, 1 + index % 12)), display: "\(year)", kind: .report,
          title: "Generated event \(index) in Mérida", summary: "Summary \(index % 97).", themes: [theme],
          citations: [Citation(article: "bulk", quote: index % 2 == 0 ? "Passage number one." : "Passage number two.")])
      )
    }
    return Corpus(articles: [article], events: events, themes: themes)
  }
}
