import Foundation

extension CLIHarness {
  /// The model tests' fixtures (`timelinejs/full.json`, `usercorpus/valid`…).
  static let modelFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CronicaModelTests/Fixtures")

  static func modelFixture(_ name: String) -> String { modelFixtures.appendingPathComponent(name).path }
}
