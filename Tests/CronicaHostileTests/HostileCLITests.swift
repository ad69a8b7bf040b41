import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// The hostile corpus's bundled-layout cases, run through the real `cronica` binary (time and
/// memory bounded) and, when they load, through the renderer.
@Suite(.serialized) struct HostileCLITests {
  /// Peak memory allowed for any command, in MB (the 50 MB article case included).
  static let memoryBoundMB = 1_500.0

  @Test func manifestHasAtLeastThirtyCases() {
    #expect(HostileCase.all.count >= 30)
    #expect(HostileCase.cases("cli").count >= 30)
  }

  @Test(arguments: HostileCase.cases("cli"))
  func cliOutcome(_ hostile: HostileCase) throws {
    let binary = try ChildProcess.product("cronica")
    let (path, scratch) = try hostile.prepare()
    defer { HostileCase.cleanUp(scratch) }
    var expect = hostile.expect
    if hostile.setup == "chmod-000", HostileSetup.readsIgnorePermissions(path.appendingPathComponent("articles/a.txt").path) {
      // Root (CI) reads through chmod 000: the honest expectation is then a corpus that loads.
      expect = .init(status: 0, stderr: nil, displays: true)
    }
    let seconds = expect.seconds ?? 30
    let corpus = ["--corpus", path.path]
    var commands: [[String]] = [["validate", path.path], ["list"] + corpus, ["sources"] + corpus, ["themes"] + corpus]
    if expect.status == 0 {
      commands += [
        ["list", "--format", "json"] + corpus, ["list", "--format", "csv"] + corpus,
        ["list", "--format", "markdown"] + corpus, ["read", "a-report"] + corpus, ["read", "b-notes"] + corpus,
        ["show", "guns-2019"] + corpus, ["list", "--search", "guns"] + corpus,
        ["export", "--format", "svg"] + corpus, ["export", "--format", "html"] + corpus,
      ]
    }
    if hostile.setup == "huge-article" {
      // Each command re-reads and cleans the 50 MB article (about 10 s in a debug build): three do.
      commands = [["validate", path.path], ["list"] + corpus, ["read", "a-report"] + corpus]
    }
    for command in commands {
      let result = try ChildProcess.run(binary, command, seconds: seconds)
      let label = "\(hostile.name): cronica \(command.first ?? "")"
      #expect(!result.timedOut, "\(label) took more than \(seconds) s")
      #expect(result.peakMB < Self.memoryBoundMB, "\(label) peaked at \(result.peakMB) MB")
      #expect(result.status == expect.status, "\(label) exited \(result.status): \(result.stderr.prefix(400))")
      print("hostile \(hostile.name) \(command.first ?? ""): status \(result.status), \(Int(result.seconds * 1000)) ms, peak \(Int(result.peakMB)) MB")
      let isCSV = command.contains("csv")
      #expect(SafeOutput.unsafeScalars(in: result.stdout, crlf: isCSV).isEmpty, "\(label) stdout has controls")
      #expect(SafeOutput.unsafeScalars(in: result.stderr).isEmpty, "\(label) stderr has controls")
      if expect.status != 0 {
        // `validate` reports problems on stdout; every other command fails with nothing on stdout.
        let isValidate = command.first == "validate"
        if !isValidate { #expect(result.stdout.isEmpty, "\(label) printed to stdout on failure") }
        let report = isValidate ? result.stdout + result.stderr : result.stderr
        for fragment in expect.stderr ?? [] {
          #expect(report.contains(fragment), "\(label): output lacks '\(fragment)': \(report.prefix(400))")
        }
      }
      if isCSV, expect.csv == true {
        #expect(SafeOutput.formulaCells(in: result.stdout).isEmpty, "\(label): formula cells not defused")
        #expect(result.stdout.contains("'="), "\(label): the '=' title is not in the CSV")
      }
    }
    if expect.status == 0 {
      let started = Date()
      let loaded = try Corpus.load(from: path)
      #expect(!loaded.events.isEmpty)
      #expect(SafeOutput.renderProblems(loaded).isEmpty, "\(hostile.name): rendered cells hold controls")
      #expect(Date().timeIntervalSince(started) < seconds, "\(hostile.name): load and render took too long")
    }
  }
}
