import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaCLI

@Suite("cronica init")
struct InitCommandTests {
  @Test func initThenValidatePasses() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = folder.path("new corpus")
    let outcome = CLIHarness.run(["init", target])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "wrote an example corpus to \(target):")
    for file in ["articles/council-notes.txt", "articles/river-report.md", "events.json", "themes.json"] {
      #expect(lines.contains("  " + file))
      #expect(FileManager.default.fileExists(atPath: target + "/" + file))
    }
    #expect(lines.contains("  cronica validate '\(target)'"))
    let validate = CLIHarness.run(["validate", target])
    #expect(validate.status == 0, "\(validate.stdout)")
    #expect(validate.stdout.hasPrefix("ok: \(target): 2 articles, 3 events, 8 themes"))
    let list = CLIHarness.run(["list", "--corpus", target, "--format", "json"])
    #expect(try CLIHarness.ids(list).count == 3)
  }

  @Test func refusesToOverwriteAndWritesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try "mine\n".write(toFile: folder.path("events.json"), atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["init", folder.url.path])
    #expect(outcome.status == 73)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.hasPrefix("Error: nothing written to \(folder.url.path); it would overwrite:"))
    #expect(outcome.stderr.contains("events.json: already exists"))
    #expect(try String(contentsOfFile: folder.path("events.json"), encoding: .utf8) == "mine\n")
    #expect(try folder.names() == ["events.json"])
  }

  @Test func secondInitFails() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(CLIHarness.run(["init", folder.url.path]).status == 0)
    let before = try String(contentsOfFile: folder.path("events.json"), encoding: .utf8)
    #expect(CLIHarness.run(["init", folder.url.path]).status == 73)
    #expect(try String(contentsOfFile: folder.path("events.json"), encoding: .utf8) == before)
  }

  @Test func aFileIsNotAFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try "x".write(toFile: folder.path("file"), atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["init", folder.path("file")])
    #expect(outcome.status == 73)
    #expect(outcome.stderr.contains("it is a file"))
  }

  @Test func shellQuoting() {
    #expect(Init.shellQuoted("plain/dir-1") == "plain/dir-1")
    #expect(Init.shellQuoted("with space") == "'with space'")
    #expect(Init.shellQuoted("it's") == "'it'\\''s'")
  }
}
