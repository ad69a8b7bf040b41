import Foundation
import Testing

@testable import CronicaModel

/// Where the bundled corpus of this checkout lives, and small readers for its raw files.
enum BundledCorpusFiles {
  /// `Resources/corpus` of the checkout these tests were compiled from.
  static let folder: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // CronicaModelTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .appendingPathComponent("Resources")
    .appendingPathComponent("corpus")

  /// Loads and validates the bundled corpus.
  static func load() throws -> Corpus {
    try Corpus.load(from: folder)
  }

  /// Decodes one of the corpus's JSON files as it is on disk (file order kept).
  static func decode<T: Decodable>(_ type: T.Type, _ name: String, in base: URL = folder) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(contentsOf: base.appendingPathComponent(name)))
  }

  /// The raw text of an article file, before cleaning.
  static func rawArticle(_ origin: String) throws -> String {
    let url = folder.appendingPathComponent(CorpusFiles.articlesFolder).appendingPathComponent(origin)
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  /// A fresh copy of the bundled corpus in a temporary folder, for tests that damage it.
  static func temporaryCopy() throws -> URL {
    let target = FileManager.default.temporaryDirectory
      .appendingPathComponent("cronica-data-tests-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: folder, to: target)
    return target
  }

  /// Rewrites `events.json` (or another JSON file) of a copied corpus through a JSON-object edit.
  static func edit(_ name: String, in base: URL, _ change: (inout [String: Any]) throws -> Void) throws {
    let url = base.appendingPathComponent(name)
    guard var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else {
      throw EditFailure(message: "\(name) is not a JSON object")
    }
    try change(&object)
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: url)
  }

  /// The load problems of a corpus folder, or an empty list when it loads.
  static func loadProblems(at base: URL) -> [CorpusProblem] {
    do {
      _ = try Corpus.load(from: base)
      return []
    } catch {
      return error.problems
    }
  }

  /// An edit of a temporary corpus copy that could not be made.
  struct EditFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
