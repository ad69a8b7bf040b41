import CronicaModel
import CronicaResources
import CronicaTestSupport
import CronicaUI
import Testing

/// The bundled corpus through every view (its content changes, so no snapshots: properties only).
@Suite struct BundledCorpusTests {
  static func load() throws -> Corpus {
    let url = try #require(CronicaResources.corpusURL)
    return try Corpus.load(from: url)
  }

  @Test func stripSpansTheCorpusYears() throws {
    let corpus = try Self.load()
    let browser = Browser(corpus: corpus, size: Size(width: 80, height: 24))
    let years = corpus.events.map(\.earliest.year).filter { $0 != .min }  // an open start is off the strip
    // The density row, then its axis of year labels (every other year at 80 columns).
    let lines = browser.render().lines
    #expect(lines[0].contains("█"))
    let axis = lines[1]
    let first = try #require(years.min())
    let last = try #require(years.max())
    #expect(axis.contains(String(first)))
    #expect(axis.contains(String(last - 1)) || axis.contains(String(last)))
    #expect(browser.render().lines[22].contains("\(corpus.events.count)/\(corpus.events.count) events"))
  }

  @Test func everyEventOpensItsCitedPassages() throws {
    let corpus = try Self.load()
    var browser = Browser(corpus: corpus, size: Size(width: 100, height: 30))
    for position in corpus.events.indices {
      #expect(browser.state.selectedEvent == position)
      for number in 1...min(9, corpus.events[position].citations.count) {
        browser.press("\(number)")
        let reader = try #require(browser.state.reader)
        let current = try #require(reader.current, "event \(corpus.events[position].id) citation \(number)")
        #expect(reader.passages[current].ref == Library.CitationRef(event: position, citation: number - 1))
        // The passage is on screen.
        let passage = reader.passages[current]
        #expect(passage.firstLine >= reader.scroll)
        // ...and its characters are the quote's.
        let quote = corpus.events[position].citations[number - 1].quote
        #expect(String(reader.characters[passage.range]) == DisplayText.sanitize(quote))
        browser.press("<Enter>")
        #expect(browser.state.view == .timeline)
        #expect(browser.state.selectedEvent == position)
      }
      browser.press("j")
    }
  }

  @Test(arguments: Scenes.all.map(\.name))
  func viewsRenderSafely(_ name: String) throws {
    let corpus = try Self.load()
    let keys = try #require(Scenes.all.first { $0.name == name }?.keys)
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 25, height: 6)] {
      let browser = Scenes.browser(corpus, size: size, keys: keys)
      let grid = browser.render()
      #expect(grid.size == size)
      for cell in grid.cells {
        #expect(!cell.symbol.unicodeScalars.contains { HostileContentTests.isForbidden($0) })
      }
    }
  }
}
