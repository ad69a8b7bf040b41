import Foundation
import Testing

@testable import CronicaCLI

/// Help text is part of the interface: pinned in `Snapshots/`, re-recorded with `RECORD_SNAPSHOTS=1`.
@Suite("Help text snapshots")
struct HelpSnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  /// Compares text to `Snapshots/<name>.txt`, recording it when missing or when asked.
  func assertSnapshot(_ text: String, named name: String) throws {
    let url = Self.folder.appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let stored = try? String(contentsOf: url, encoding: .utf8) else {
      try text.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded new baseline \(url.lastPathComponent); run again")
      return
    }
    #expect(stored == text, "help for \(name) changed; re-record with RECORD_SNAPSHOTS=1 if intended")
  }

  @Test func rootHelp() throws {
    try assertSnapshot(CronicaCommand.helpMessage(columns: 100), named: "help-cronica")
  }

  @Test func listHelp() throws {
    try assertSnapshot(CronicaCommand.helpMessage(for: List.self, columns: 100), named: "help-list")
  }

  @Test func validateHelp() throws {
    try assertSnapshot(CronicaCommand.helpMessage(for: Validate.self, columns: 100), named: "help-validate")
  }

  @Test func exportHelp() throws {
    try assertSnapshot(CronicaCommand.helpMessage(for: Export.self, columns: 100), named: "help-export")
  }

  @Test func extractHelp() throws {
    try assertSnapshot(CronicaCommand.helpMessage(for: Extract.self, columns: 100), named: "help-extract")
  }

  @Test func initHelp() throws {
    try assertSnapshot(CronicaCommand.helpMessage(for: Init.self, columns: 100), named: "help-init")
  }
}
