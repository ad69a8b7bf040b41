import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// The `svg` and `html` exports: valid SVG 1.1 (xmllint against the DTD), one marker group per
/// event with its evidence, palette colours, intervals, escaping, density bands.
@Suite struct PictureExportTests {
  static func svg(_ corpus: Corpus, _ options: PictureOptions = PictureOptions()) -> String {
    TimelinePicture(corpus: corpus, positions: Array(corpus.events.indices), options: options).svgDocument()
  }

  static func html(_ corpus: Corpus, _ options: PictureOptions = PictureOptions()) -> String {
    TimelinePicture(corpus: corpus, positions: Array(corpus.events.indices), options: options).htmlDocument()
  }

  /// How many times `needle` occurs in `text`.
  static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

  /// The `<g>` of an event, from its opening tag to its `</g>`.
  static func group(_ id: String, in svg: String) -> Substring? {
    guard let start = svg.range(of: "<g id=\"\(id)\""),
      let end = svg.range(of: "</g>", range: start.upperBound..<svg.endIndex)
    else { return nil }
    return svg[start.lowerBound..<end.upperBound]
  }

  @Test(arguments: PictureOptions.Lanes.allCases)
  func bundledPictureIsValidSVGWithAGroupPerEventNamedByItsID(lanes: PictureOptions.Lanes) throws {
    let corpus = try BundledCorpusFiles.load()
    let svg = Self.svg(corpus, PictureOptions(lanes: lanes))
    #expect(try SVGValidation.problems(in: svg) == "")
    #expect(Self.count("<g id=", in: svg) == corpus.events.count)
    for event in corpus.events {
      let group = try #require(Self.group(event.id, in: svg), "no group for \(event.id)")
      let markers = Self.count("class=\"marker\"", in: String(group))
      #expect(markers == (lanes == .none ? 1 : Set(event.themes).count), "\(event.id): \(markers) markers")
    }
    // Nothing outside the file: no script, no links, no images, no style sheets.
    for forbidden in ["<script", "href", "<image", "url(", "<foreignObject", "@import", "<a "] {
      #expect(!svg.contains(forbidden), "the SVG contains \(forbidden)")
    }
    #expect(Self.count("http", in: svg) == 1)  // the SVG namespace
  }

  @Test func eachMarkerTitleCarriesTheDateAsWrittenTheTitleAndTheFirstQuote() throws {
    let corpus = try BundledCorpusFiles.load()
    let svg = Self.svg(corpus)
    for event in corpus.events {
      let group = String(try #require(Self.group(event.id, in: svg)))
      let title = try #require(
        group.range(of: "<title>").flatMap { open in
          group.range(of: "</title>").map { group[open.upperBound..<$0.lowerBound] }
        })
      for part in [event.display, event.title, event.citations[0].quote] {
        #expect(title.contains(Markup.escaped(part)), "\(event.id): tooltip lacks \(part)")
      }
    }
  }

  @Test func lanesFollowTheTaxonomyInThePaletteColours() throws {
    let corpus = try BundledCorpusFiles.load()
    let svg = Self.svg(corpus)
    var searchFrom = svg.startIndex
    for (position, theme) in corpus.themes.enumerated()
    where corpus.events.contains(where: { $0.themes.contains(theme.key) }) {
      let swatch = "class=\"swatch\" x=\"18\""
      let label = ">" + Markup.escaped(theme.label)
      let labelAt = try #require(
        svg.range(of: label, range: searchFrom..<svg.endIndex), "lane \(theme.label) missing or out of order")
      let before = svg[..<labelAt.lowerBound]
      let swatchAt = try #require(before.range(of: swatch, options: .backwards))
      #expect(
        svg[swatchAt.upperBound..<labelAt.lowerBound].contains("fill=\"\(ThemePalette.color(forTheme: position).hex)\"")
      )
      searchFrom = labelAt.upperBound
    }
  }

  /// A day is a marker; a period a bar from its earliest to its latest day; an approximate date
  /// is lighter than an exact one.
  @Test func intervalsAreBarsAndApproximateDatesAreLighter() throws {
    let article = Article.fixture(id: "a", title: "A", text: "One. Two. Three.")
    let corpus = Corpus(
      articles: [article],
      events: [
        .fixture(
          "day", .fixture(2010, 1, 1), display: "January 1, 2010", title: "Day", themes: ["t"], cites: [("a", "One.")]),
        .fixture(
          "period", .fixture(2012), end: .fixture(2015), display: "2012–2015", title: "Period", themes: ["t"],
          cites: [("a", "Two.")]),
        .fixture(
          "rough", .fixture(2019), display: "late 2019", title: "Rough", themes: ["t"], cites: [("a", "Three.")]),
      ], themes: [.fixture("t", "Theme")])
    let svg = Self.svg(corpus)
    #expect(try SVGValidation.problems(in: svg) == "")
    let day = String(try #require(Self.group("day", in: svg)))
    let period = String(try #require(Self.group("period", in: svg)))
    let rough = String(try #require(Self.group("rough", in: svg)))
    #expect(!day.contains("class=\"bar\""))
    #expect(period.contains("class=\"bar\"") && rough.contains("class=\"bar\""))
    #expect(!day.contains("fill-opacity=\"0.35\"") && !period.contains("fill-opacity=\"0.35\""))
    #expect(rough.contains("fill-opacity=\"0.35\""))
    #expect(rough.contains("class=\"event t0 approximate\""))
    // The axis is 2010–2019 (ten years); the period's bar covers four of them.
    let picture = TimelinePicture(corpus: corpus, positions: [0, 1, 2])
    guard case .markers(let layout, _) = picture.body, let axis = picture.axis else {
      Issue.record("expected markers")
      return
    }
    let bar = try #require(layout.placements[1].first)
    #expect(abs((bar.barEnd - bar.x) / axis.width - 4.0 / 10.0) < 0.01)
  }

  @Test func hostileTextIsEscapedAndNeverMarkup() throws {
    let hostile = Fixtures.hostileCorpus
    let attack = "<script>alert(1)</script> ]]> <![CDATA[ x ]]> &amp; \"q\" 'a' <img src=x onerror=alert(2)>"
    var events = Array(hostile.events)
    events[0].title = attack + " " + Fixtures.hostileText
    events[1].display = attack
    events[2].id = "evil\"><script>alert(3)</script>"
    var articles = hostile.articles
    articles[0].url = "javascript:alert(4)"
    let corpus = Corpus(articles: articles, events: events, themes: hostile.themes, title: attack, eras: hostile.eras)
    for lanes in PictureOptions.Lanes.allCases {
      let svg = Self.svg(corpus, PictureOptions(lanes: lanes, filterNote: attack))
      #expect(try SVGValidation.problems(in: svg) == "")
      #expect(!svg.contains("<script") && !svg.contains("<img"))
      let html = Self.html(corpus, PictureOptions(lanes: lanes, filterNote: attack))
      #expect(Self.count("<script", in: html) == 1)
      #expect(!html.contains("<img") && !html.contains("javascript:"))
      #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      for output in [svg, html] {
        let unsafe = output.unicodeScalars.filter { $0 != "\n" && !HTMLText.isAllowed($0) }
        #expect(unsafe.isEmpty, "control or bidi characters: \(unsafe.map { String($0.value, radix: 16) })")
      }
    }
  }

  @Test func htmlListsEveryEventByYearWithItsQuotesAndLinks() throws {
    let bundled = try BundledCorpusFiles.load()
    var articles = bundled.articles
    articles[0].url = "https://example.org/story?a=1&b=2"
    let corpus = Corpus(articles: articles, events: Array(bundled.events), themes: bundled.themes)
    let html = Self.html(corpus)
    #expect(Self.count("<details>", in: html) == corpus.events.count)
    #expect(Self.count("<blockquote>", in: html) == corpus.events.reduce(0) { $0 + $1.citations.count })
    let years = Array(Set(corpus.events.map(\.earliest.year))).sorted()
    var from = html.startIndex
    for year in years {
      let label = PartialDate.yearLabel(year)  // "start unknown" for the decade with an open start
      let heading = try #require(
        html.range(of: "<h2>\(label) ", range: from..<html.endIndex), "year \(label) missing or out of order")
      from = heading.upperBound
    }
    #expect(html.contains("<a href=\"https://example.org/story?a=1&amp;b=2\">"))
    #expect(html.contains("@media print"))
    #expect(html.contains("<nav id=\"theme-filter\""))
    for external in ["src=", "<link", "@import", "url(http"] {
      #expect(!html.contains(external), "the page loads \(external)")
    }
  }

  /// The page's security policy names the filter script by its SHA-256, so the script must hash to it.
  @Test func contentSecurityPolicyHashesTheFilterScript() throws {
    let digest = try ExternalTool.sha256Base64(TimelinePicture.filterScript)
    #expect(TimelinePicture.filterScriptHash == "sha256-" + digest)
    #expect(TimelinePicture.contentSecurityPolicy.contains(TimelinePicture.filterScriptHash))
  }

  /// `count` events spread over 2000–2019 in three themes (a fourth of them in two).
  static func largeCorpus(_ count: Int) -> Corpus {
    let article = Article.fixture(id: "a", title: "A", text: "Quote.")
    let themes: [Theme] = [.fixture("x", "Ex"), .fixture("y", "Why"), .fixture("z", "Zed")]
    let events = (0..<count).map { index in
      let keys = index % 4 == 0 ? ["x", "z"] : [["x", "y", "z"][index % 3]]
      return Event.fixture(
        "e\(index)", .fixture(2000 + index % 20, 1 + index % 12, 1 + index % 28), title: "Event \(index)", themes: keys,
        cites: [("a", "Quote.")])
    }
    return Corpus(articles: [article], events: events, themes: themes)
  }

  @Test func fromTheThresholdOnEventsAreCountedNotDrawn() throws {
    let corpus = Self.largeCorpus(60)
    let below = Self.svg(
      Corpus(articles: corpus.articles, events: Array(corpus.events.prefix(49)), themes: corpus.themes),
      PictureOptions(densityThreshold: 50))
    #expect(Self.count("<g id=", in: below) == 49)
    let at = Self.svg(
      Corpus(articles: corpus.articles, events: Array(corpus.events.prefix(50)), themes: corpus.themes),
      PictureOptions(densityThreshold: 50))
    #expect(Self.count("<g id=", in: at) == 0)
    #expect(at.contains("class=\"count\""))
  }

  /// 12,000 events: a density band per lane whose counts add up, a file of a few hundred KB,
  /// valid SVG, and a page with a table of counts instead of 12,000 `<details>`.
  @Test func denseCorporaAggregateIntoCountsAndStaySmall() throws {
    let corpus = Self.largeCorpus(12_000)
    let picture = TimelinePicture(corpus: corpus, positions: Array(corpus.events.indices))
    guard case .density(let layout) = picture.body else {
      Issue.record("expected a density band")
      return
    }
    let axis = try #require(picture.axis)
    #expect(layout.periodTotals.count <= Int(axis.width / DensityLayout.minimumPeriodWidth))
    for (lane, counts) in layout.counts.enumerated() { #expect(counts.reduce(0, +) == layout.laneTotals[lane]) }
    #expect(layout.laneTotals == [6_000, 3_000, 6_000])
    #expect(layout.periodTotals.reduce(0, +) == 12_000)
    let svg = picture.svgDocument()
    #expect(svg.utf8.count < 300_000)
    #expect(try SVGValidation.problems(in: svg) == "")
    #expect(!svg.contains("class=\"marker\""))
    let html = picture.htmlDocument()
    #expect(html.utf8.count < 400_000)
    #expect(!html.contains("<details>") && html.contains("<table>"))
    #expect(!html.contains("<script"))
  }

  @Test func anEmptySelectionIsAValidPictureSayingSo() throws {
    let corpus = try BundledCorpusFiles.load()
    let svg = TimelinePicture(corpus: corpus, positions: []).svgDocument()
    #expect(try SVGValidation.problems(in: svg) == "")
    #expect(svg.contains("No events match the filters."))
  }
}
