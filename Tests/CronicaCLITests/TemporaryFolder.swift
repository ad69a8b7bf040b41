import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
  /// The folder.
  let url: URL

  /// Creates an empty folder with a unique name.
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// A path inside the folder.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// The names in the folder, sorted, hidden ones included.
  func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }

  /// Deletes the folder and everything in it.
  func remove() { try? FileManager.default.removeItem(at: url) }
}

extension CLIHarness {
  /// The model tests' fixtures (`timelinejs/full.json`, `usercorpus/valid`…).
  static let modelFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CronicaModelTests/Fixtures")

  /// The path of a model fixture.
  static func modelFixture(_ name: String) -> String { modelFixtures.appendingPathComponent(name).path }
}
