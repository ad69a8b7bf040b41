import Foundation
@testable import CronicaModel

/// libFuzzer entry: the events file loader (JSON decoding, located errors) and validation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvents(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  var problems: [CorpusProblem] = []
  if let file = LocatedJSON.decode(CorpusFiles.EventsFile.self, from: bytes, file: "events.json", problems: &problems) {
    let article = Article(
      id: "a", title: "A", titleSupplied: false, outlet: "O", authors: [], published: nil,
      publishedDisplay: "", dateBasis: "", origin: "a.txt", authorNotes: [], text: "Some text. A quote here.")
    let corpus = Corpus(articles: [article], events: file.events, themes: Theme.defaultTaxonomy)
    _ = corpus.validate(fileEvents: file.events)
  }
  _ = LocatedJSON.decode(CorpusFiles.Manifest.self, from: bytes, file: "manifest.json", problems: &problems)
  _ = LocatedJSON.decode(CorpusFiles.ThemesFile.self, from: bytes, file: "themes.json", problems: &problems)
  for problem in problems { _ = problem.description }
  return 0
}
