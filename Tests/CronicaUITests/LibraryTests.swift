import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// The browser's derived tables are the same however their building was started.
@Suite struct LibraryTests {
  static let corpus = Fixtures.large(count: 3_000)

  /// The index and lookup tables as one comparable value.
  static func summary(of library: Library) -> [String] {
    let index = library.index
    return [
      "\(index.foldedBytes.count) \(index.foldedOffsets)",
      "\(index.matches(EventQuery(search: "event 12"), in: corpus))",
      "\(library.eventPositions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })",
      "\(library.citationsByArticle.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.count)" })",
      "\(library.eventCountByArticle.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })",
    ]
  }

  @Test func backgroundOnDemandAndConcurrentReadersAgree() {
    let onDemand = Self.summary(of: Library(corpus: Self.corpus))
    let started = Library(corpus: Self.corpus)
    started.startBackgroundWork()
    started.startBackgroundWork()  // a second start is a no-op
    #expect(Self.summary(of: started) == onDemand)

    // Readers on many threads at once, with and without a start racing them, all see one value.
    for startFirst in [false, true] {
      let library = Library(corpus: Self.corpus)
      if startFirst { library.startBackgroundWork() }
      let seen = Slots(count: 8)
      DispatchQueue.concurrentPerform(iterations: 8) { reader in
        if reader == 3 { library.startBackgroundWork() }
        seen.put(reader, Self.summary(of: library))
      }
      #expect(seen.all.allSatisfy { $0 == onDemand }, "start first: \(startFirst)")
    }
    #expect(onDemand[1] != "[]")  // the comparison is not between empty tables
  }
}

/// One slot per concurrent reader.
private final class Slots: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [[String]]
  init(count: Int) { values = Array(repeating: [], count: count) }
  func put(_ slot: Int, _ value: [String]) { lock.withLock { values[slot] = value } }
  var all: [[String]] { lock.withLock { values } }
}
