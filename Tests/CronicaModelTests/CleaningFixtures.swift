import Foundation

@testable import CronicaModel

/// Seed articles and golden files used by the cleaning tests.
enum CleaningFixtures {
  /// Origins (file names) of the five bundled seed articles.
  static let origins = [
    "000_8afc2bc4971c8686.txt", "001_57bddd4777f8f53b.txt", "002_fb1a71ee8db72bfb.txt",
    "003_518b4b54a8ce94fb.txt", "004_ca3e754974129757.txt",
  ]

  /// The folder of this test file.
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

  /// The raw seed articles, read from the package's bundled corpus.
  static let articlesFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Resources/corpus/articles")

  /// Golden cleaned texts, one per seed origin.
  static let goldenFolder = testsFolder.appendingPathComponent("Fixtures/cleaned")

  /// Reads one raw seed article.
  static func raw(_ origin: String) throws -> String {
    try String(contentsOf: articlesFolder.appendingPathComponent(origin), encoding: .utf8)
  }

  /// Whether goldens should be (re)written instead of compared.
  static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  /// Whether the text contains any CJK ideograph or CJK compatibility form.
  static func containsCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0x3000...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value)
        || (0xFE30...0xFE4F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
    }
  }

  /// The words of a text, split on whitespace.
  static func words(_ text: String) -> [Substring] {
    text.split(whereSeparator: { $0.isWhitespace })
  }
}
