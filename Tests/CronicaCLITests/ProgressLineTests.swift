import Synchronization
import Testing

@testable import CronicaCLI

/// The progress line `cronica build` draws on a terminal's stderr.
@Suite struct ProgressLineTests {
  final class Written: Sendable {
    let text = Mutex("")
    func append(_ more: String) { text.withLock { $0 += more } }
  }

  @Test func drawsInPlaceAtMostTenTimesASecondAlwaysTheLastAndClears() {
    let written = Written()
    let line = ProgressLine(total: 3, noun: "article") { written.append($0) }
    line.advance(to: 1)
    line.advance(to: 2)  // within 100 ms of the first: not drawn
    line.advance(to: 3)  // the last: always drawn
    line.advance(to: 2)  // backwards: never
    line.finish()
    #expect(written.text.withLock { $0 } == "\rbuilding: 1/3 articles\rbuilding: 3/3 articles\r\u{1B}[K")
  }

  @Test func oneArticleIsSingular() {
    let written = Written()
    let line = ProgressLine(total: 1, noun: "article") { written.append($0) }
    line.advance(to: 1)
    #expect(written.text.withLock { $0 } == "\rbuilding: 1/1 article")
  }
}
