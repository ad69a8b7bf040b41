import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// Behaviour on a large corpus: every key works and filters stay exact. Timings are printed for
/// information only; the benchmark (`bench/`, docs/performance.md) is where speed is measured.
@Suite(.serialized) struct SpeedTests {
  /// Events in the large corpus: `CRONICA_SPEED_EVENTS`, or 20 000.
  static let count = ProcessInfo.processInfo.environment["CRONICA_SPEED_EVENTS"].flatMap { Int($0) } ?? 20_000
  static let corpus = Fixtures.large(count: count)

  @Test func buildsOnALargeCorpus() {
    let elapsed = ContinuousClock().measure { _ = Browser(corpus: Self.corpus, size: Size(width: 80, height: 24)) }
    print("speed \(Self.count) events: Browser.init (EventIndex + Library) \(elapsed)")
    #expect(Browser(corpus: Self.corpus, size: Size(width: 80, height: 24)).state.filtered.count == Self.count)
  }

  /// The slowest of several runs of a block, in milliseconds.
  static func slowest(_ runs: Int = 5, _ body: () -> Void) -> Double {
    var worst = Duration.zero
    for _ in 0..<runs {
      let elapsed = ContinuousClock().measure(body)
      worst = max(worst, elapsed)
    }
    return Double(worst.components.attoseconds) / 1e15 + Double(worst.components.seconds) * 1000
  }

  @Test func movementAndRenderWorkOnALargeCorpus() {
    var browser = Browser(corpus: Self.corpus, size: Size(width: 300, height: 100))
    browser.press("&merida<Enter>")
    var moves: [String: Double] = [:]
    for script in ["j", "k", "G", "g", "<PgDn>", "]", "[", "n", ":2015-06<Enter>"] {
      moves[script] = Self.slowest { browser.press(script) }
    }
    let render = Self.slowest { _ = browser.render() }
    print(
      "speed \(Self.count) events: moves \(moves.mapValues { ($0 * 100).rounded() / 100 }) ms, render 300x100 \(render) ms"
    )
    let expected = browser.state.library.index?.matches(EventQuery(search: "merida"), in: Self.corpus)
    #expect(browser.state.filtered == expected)
    #expect(browser.render().size == Size(width: 300, height: 100))
  }

  @Test func searchKeystrokeIsOnePass() {
    var browser = Browser(corpus: Self.corpus, size: Size(width: 120, height: 40))
    browser.press("&")
    var times: [Double] = []
    for character in "ENT 12" {
      times.append(Self.slowest(1) { _ = browser.handle(.key(.char(character))) })
    }
    let toggle = Self.slowest(1) { browser.press("<Enter>tj<Space>q") }
    print("speed \(Self.count) events: search keystrokes \(times.map { $0.rounded() }) ms, theme toggle \(toggle) ms")
    let expected = EventIndex(corpus: Self.corpus).matches(EventQuery(themes: ["cash"], search: "ENT 12"), in: Self.corpus)
    #expect(!expected.isEmpty)
    #expect(browser.state.filtered == expected)
    #expect(browser.state.filtered.allSatisfy { Self.corpus.events[$0].title.contains("event 12") })
    #expect(browser.state.query.themes == ["cash"])
  }
}
