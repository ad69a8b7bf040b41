import CronicaCLI
import CronicaTestSupport
import Foundation
import Testing

@Suite("The built cronica executable: streams and exit statuses")
struct ProcessTests {
  /// The `cronica` executable that `swift test` built next to the test bundle.
  static func executable() throws -> URL {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("cronica") }
    return try #require(
      candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
      "cronica not found near \(CommandLine.arguments[0]); run `swift build` first")
  }

  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// Runs the executable with pipes for stdout and stderr (so stdout is not a terminal).
  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = try Self.executable()
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["CRONICA_CORPUS"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  @Test func listSucceedsAndMatchesInProcessOutput() throws {
    let result = try run(["list", "--corpus", CLIHarness.corpus("valid")])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout == CLIHarness.runValid(["list"]).stdout)
  }

  @Test func noArgumentsIntoAPipePrintsTheTimeline() throws {
    let result = try run([], environment: ["CRONICA_CORPUS": CLIHarness.corpus("valid")])
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("5 events\n"))
  }

  @Test func usageErrorExits64WithNothingOnStdout() throws {
    let result = try run(["show", "nope", "--corpus", CLIHarness.corpus("valid")])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("Error: unknown event 'nope'"))
    let date = try run(["list", "--from", "2019-1-1x"])
    #expect(date.status == 64)
    #expect(date.stderr.contains("'2019-1-1x'"))
  }

  @Test func badDataExits65WithNothingOnStdout() throws {
    let result = try run(["list", "--format", "json", "--corpus", CLIHarness.corpus("broken")])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("events[3].citations[0].quote: not found in article a-report"))
    let validate = try run(["validate", CLIHarness.corpus("broken")])
    #expect(validate.status == 65)
    #expect(validate.stdout.contains("events[4].citations[0].article: unknown article 'zz-none'"))
  }

  @Test func browseIntoAPipeFails() throws {
    let result = try run(["browse", "--corpus", CLIHarness.corpus("valid")])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("needs a terminal"))
  }

  @Test func versionAndHelpExitZero() throws {
    let version = try run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    let help = try run(["list", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--theme <theme>"))
  }

  @Test func initValidateExportAndExtractThroughTheBinary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = folder.path("corpus")
    let created = try run(["init", corpus])
    #expect(created.status == 0 && created.stdout.contains("cronica validate \(corpus)"))
    #expect(try run(["validate", corpus]).status == 0)
    let again = try run(["init", corpus])
    #expect(again.status == 73 && again.stdout.isEmpty && again.stderr.hasPrefix("Error: nothing written"))
    let file = folder.path("timeline.json")
    let export = try run(["export", "--corpus", corpus, "--format", "timelinejs", "-o", file])
    #expect(export.status == 0, "\(export.stderr)")
    let listed = try run(["list", "--timelinejs", file, "--format", "json"])
    #expect(try CLIHarness.ids(CommandOutcome(stdout: listed.stdout)).count == 3)
    let extract = try run(["extract", "2021-03-river-report", "--corpus", corpus, "--format", "json"])
    #expect(extract.status == 0 && extract.stdout.contains("\"anchor\" : \"published\""))
  }
}
