import Foundation
@testable import CronicaModel

/// libFuzzer entry: the events file loader (JSON decoding, located errors) and validation.
///
/// Differential oracle: whatever the one reader accepts as events, a manifest or a themes file,
/// on its fast path (`EventsFileScanner`) or through its tree (`JSONReader`), `JSONDecoder` must
/// accept with byte-identical values, and loading (which stores and checks events as it reads them)
/// must give the events and problems that building a corpus from them and validating it gives;
/// otherwise the target aborts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvents(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  var problems: [CorpusProblem] = []
  if let fast = EventsFileScanner.eventsFile(in: bytes) {
    guard let slow = try? JSONDecoder().decode(CorpusFiles.EventsFile.self, from: bytes),
      fast == slow, fast.events.map(describe) == slow.events.map(describe), canonical(fast) == canonical(slow)
    else { fatalError("EventsFileScanner accepted a file that JSONDecoder reads differently") }
  }
  if let file = JSONReader.decode(CorpusFiles.EventsFile.self, from: bytes, file: "events.json", problems: &problems),
    problems.isEmpty
  {
    guard let slow = try? JSONDecoder().decode(CorpusFiles.EventsFile.self, from: bytes),
      file.events == slow.events, file.events.map(describe) == slow.events.map(describe), canonical(file) == canonical(slow)
    else { fatalError("JSONReader accepted a file that JSONDecoder reads differently") }
    let article = Article(
      id: "a", title: "A", titleSupplied: false, outlet: "O", authors: [], published: nil,
      publishedDisplay: "", dateBasis: "", origin: "a.txt", authorNotes: [], text: "Some text. A quote here.")
    let corpus = Corpus(articles: [article], events: file.events, themes: Theme.defaultTaxonomy)
    let expected = corpus.validate(fileEvents: file.events)
    var loadProblems: [CorpusProblem] = []
    guard
      let loaded = Corpus.loadEvents(from: bytes, articles: [article], themes: Theme.defaultTaxonomy, problems: &loadProblems),
      loadProblems.isEmpty, loaded.events == corpus.events, loaded.problems == expected
    else { fatalError("loading stored or checked the events otherwise than building the corpus and validating it") }
  }
  if let fast = EventsFileScanner.manifest(in: bytes) {
    guard let slow = try? JSONDecoder().decode(CorpusFiles.Manifest.self, from: bytes), canonical(fast) == canonical(slow)
    else { fatalError("the fast reader accepted a manifest that JSONDecoder reads differently") }
  }
  if let fast = EventsFileScanner.themesFile(in: bytes) {
    guard let slow = try? JSONDecoder().decode(CorpusFiles.ThemesFile.self, from: bytes), canonical(fast) == canonical(slow)
    else { fatalError("the fast reader accepted a themes file that JSONDecoder reads differently") }
  }
  problems = []
  if let tree = JSONReader.decode(CorpusFiles.Manifest.self, from: bytes, file: "manifest.json", problems: &problems),
    problems.isEmpty, canonical(tree) != canonical(try? JSONDecoder().decode(CorpusFiles.Manifest.self, from: bytes))
  {
    fatalError("JSONReader accepted a manifest that JSONDecoder reads differently")
  }
  problems = []
  if let tree = JSONReader.decode(CorpusFiles.ThemesFile.self, from: bytes, file: "themes.json", problems: &problems),
    problems.isEmpty, canonical(tree) != canonical(try? JSONDecoder().decode(CorpusFiles.ThemesFile.self, from: bytes))
  {
    fatalError("JSONReader accepted a themes file that JSONDecoder reads differently")
  }
  for problem in problems { _ = problem.description }
  return 0
}

/// Every string of an event, byte for byte (Swift's `==` on strings is canonical equivalence).
func describe(_ event: Event) -> [[UInt8]] {
  ([event.id, event.display, event.kind.rawValue, event.title, event.summary, event.dateBasis ?? "\u{0}nil",
    event.origin ?? "\u{0}nil", event.start.edtf, event.end?.edtf ?? "\u{0}nil", event.order.map(String.init) ?? "\u{0}nil"]
    + event.themes
    + event.citations.flatMap { [$0.article, $0.quote] }).map { Array($0.utf8) }
}

/// A value's JSON with sorted keys: equal exactly when every string is equal byte for byte.
func canonical<T: Encodable>(_ value: T) -> Data? {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  return try? encoder.encode(value)
}
