import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// Events the extractor proposed (`origin: "extracted"`) look different from curated ones.
@Suite struct ExtractedMarkerTests {
  /// The fixture corpus with helicopters (the second event) proposed by the extractor.
  static func corpus() -> Corpus {
    let base = Fixtures.corpus
    var events = Array(base.events)
    if let index = events.firstIndex(where: { $0.id == "helicopters" }) {
      events[index].origin = "extracted"
    }
    return Corpus(articles: base.articles, events: events, themes: base.themes)
  }

  @Test func extractedRowsCarryADistinctMarker() {
    let browser = Browser(corpus: Self.corpus(), size: Size(width: 80, height: 24))
    let grid = browser.render()
    assertGridSnapshot(grid, named: "extracted-row")
    let marked = grid.lines.filter { $0.contains("◇") }
    #expect(marked.count == 1)
    #expect(marked.first?.contains("◇ Helicopters") == true)
    // Curated events have no marker.
    #expect(grid.lines.first { $0.contains("Mérida Initiative signed") }?.contains("◇") == false)
  }

  @Test func extractedDetailSaysSo() {
    var browser = Browser(corpus: Self.corpus(), size: Size(width: 80, height: 24))
    browser.press("j<Enter>")
    let text = browser.render().lines.joined(separator: "\n")
    #expect(text.contains("Origin  ◇ extracted"))
    browser.press("k")
    #expect(!browser.render().lines.joined(separator: "\n").contains("Origin"))
  }
}
