import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// Keystroke cost on a large corpus: movement must not touch every event, search makes one pass.
@Suite(.serialized) struct SpeedTests {
  /// Events in the speed corpus: `CRONICA_SPEED_EVENTS`, or 100 000.
  static let count = ProcessInfo.processInfo.environment["CRONICA_SPEED_EVENTS"].flatMap { Int($0) } ?? 100_000
  static let corpus = Fixtures.large(count: count)

  @Test func buildTime() {
    let elapsed = ContinuousClock().measure { _ = Browser(corpus: Self.corpus, size: Size(width: 80, height: 24)) }
    print("speed \(Self.count) events: Browser.init (EventIndex + Library) \(elapsed)")
    #expect(elapsed < .seconds(120))
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

  @Test func movementAndRenderDoNotScaleWithCorpus() {
    var browser = Browser(corpus: Self.corpus, size: Size(width: 300, height: 100))
    browser.press("/merida<Enter>")
    var moves: [String: Double] = [:]
    for script in ["j", "k", "G", "g", "<PgDn>", "]", "[", "n", ":2015-06<Enter>"] {
      moves[script] = Self.slowest { browser.press(script) }
    }
    let render = Self.slowest { _ = browser.render() }
    print(
      "speed \(Self.count) events: moves \(moves.mapValues { ($0 * 100).rounded() / 100 }) ms, render 300x100 \(render) ms"
    )
    // Debug builds on a shared machine: generous bounds that still catch a pass over every event.
    for (script, time) in moves { #expect(time < 50, "\(script) took \(time) ms") }
    #expect(render < 200)
  }

  @Test func searchKeystrokeIsOnePass() {
    var browser = Browser(corpus: Self.corpus, size: Size(width: 120, height: 40))
    browser.press("/")
    var times: [Double] = []
    for character in "ENT 12" {
      times.append(Self.slowest(1) { _ = browser.handle(.key(.char(character))) })
    }
    let toggle = Self.slowest(1) { browser.press("<Enter>tj<Space>q") }
    print("speed \(Self.count) events: search keystrokes \(times.map { $0.rounded() }) ms, theme toggle \(toggle) ms")
    let expected = browser.state.library.index.matches(EventQuery(themes: ["cash"], search: "ENT 12"), in: Self.corpus)
    #expect(!expected.isEmpty)
    #expect(browser.state.filtered == expected)
    #expect(browser.state.filtered.allSatisfy { Self.corpus.events[$0].title.contains("event 12") })
    #expect(browser.state.query.themes == ["cash"])
  }
}
