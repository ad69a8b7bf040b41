import CronicaTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `kill -9` at random moments while the real `cronica export ... -o FILE` runs: FILE always holds
/// one whole export (the previous one or this run's), byte for byte, never a mix or a truncation.
@Suite(.serialized) struct ExportKillTests {
  /// Events in the generated corpus: enough that an export writes 1.3–2.5 MB.
  static let events = 2_000
  /// Rounds: a quarter kill at any moment of the run, a quarter just after the rename, half inside
  /// the write.
  static let rounds = 40
  /// Formats the rounds cycle through, so that each round's export differs from the previous one.
  static let formats = ["json", "csv", "timelinejs"]

  /// What the test learned from exports that ran to the end.
  struct Calibration {
    /// Each format's complete export.
    var reference: [String: Data] = [:]
    /// The shortest run from start to exit, in seconds.
    var run = Double.infinity
    /// The shortest time the temporary file was seen, from its appearance to its rename, in seconds
    /// (among the runs where polling saw it at all).
    var write = Double.infinity
  }

  /// Runs `cronica export` on `corpus` in `format` to `file`, unkilled, timing the whole run and
  /// the write (from the temporary's appearance to its rename, as seen by polling).
  static func export(
    _ cronica: String, corpus: String, format: String, to file: URL, log: String
  ) throws -> (run: Double, write: Double) {
    let started = Date()
    let pid = try ChildProcess.spawn(
      cronica, ["export", "--corpus", corpus, "--format", format, "-o", file.path], stdout: log, stderr: log)
    var status: Int32 = 0
    var sawTemporary: Date?
    var write: Double = 0
    while true {
      let present = !AtomicKillTests.litter(next: file).isEmpty
      if sawTemporary == nil, present { sawTemporary = Date() }
      if let sawTemporary, !present, write == 0 { write = Date().timeIntervalSince(sawTemporary) }
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result == -1, errno != EINTR { throw HostileError("waitpid failed: errno \(errno)") }
      if Date().timeIntervalSince(started) > 120 {
        kill(pid, SIGKILL)
        throw HostileError("cronica export \(format) took over 120 s")
      }
      usleep(100)
    }
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    guard status == 0 else { throw HostileError("cronica export \(format) failed (status \(status)): \(output)") }
    return (Date().timeIntervalSince(started), write)
  }

  /// Identifies one state of a file: inode, size and modification time (nil when absent).
  static func identity(of file: URL) -> [Int]? {
    var info = stat()
    guard stat(file.path, &info) == 0 else { return nil }
    return [Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
  }

  /// Polls every 0.1 ms until `condition` holds (returns nil) or the child exits (returns its
  /// wait status).
  static func wait(for pid: pid_t, until condition: () -> Bool) -> Int32? {
    let deadline = Date().addingTimeInterval(120)
    var status: Int32 = 0
    while Date() < deadline {
      if condition() { return nil }
      if waitpid(pid, &status, WNOHANG) == pid { return status }
      usleep(100)
    }
    return nil
  }

  @Test func killNineDuringExportLeavesTheOldOrTheNewExport() throws {
    let cronica = try ChildProcess.product("cronica")
    let bench = try ChildProcess.product("cronica-bench")
    let folder = try TemporaryFolder("export-kill").url
    let corpus = folder.appendingPathComponent("corpus").path
    let output = folder.appendingPathComponent("out")
    let references = folder.appendingPathComponent("references")
    for made in [output, references] {
      try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Resources/corpus/themes.json").path
    let generated = try ChildProcess.run(
      bench, ["generate", "--events", "\(Self.events)", "--seed", "6", "--out", corpus, "--themes", themes],
      seconds: 120)
    #expect(generated.status == 0, "\(generated.stderr)")
    let log = folder.appendingPathComponent("log").path

    // Complete exports of each format (twice, to time them on this machine).
    var calibration = Calibration()
    for _ in 0..<2 {
      for format in Self.formats {
        let file = references.appendingPathComponent("export.\(format)")
        let timing = try Self.export(cronica, corpus: corpus, format: format, to: file, log: log)
        calibration.run = min(calibration.run, timing.run)
        if timing.write > 0 { calibration.write = min(calibration.write, timing.write) }
        let data = try Data(contentsOf: file)
        #expect(calibration.reference[format].map { $0 == data } ?? true, "exports of \(format) differ between runs")
        calibration.reference[format] = data
      }
    }
    #expect(Set(calibration.reference.values).count == Self.formats.count)
    #expect(calibration.write.isFinite, "no export was seen writing through a temporary file")

    // The user's file starts as a complete export (the "old" one of round 1).
    let file = output.appendingPathComponent("timeline.export")
    _ = try Self.export(cronica, corpus: corpus, format: Self.formats[0], to: file, log: log)
    var previous = try #require(calibration.reference[Self.formats[0]])
    #expect(try Data(contentsOf: file) == previous)

    var generator = SystemRandomNumberGenerator()
    var killedMidRun = 0
    var changedFile = 0
    var killedMidWrite = 0
    for round in 1...Self.rounds {
      let format = Self.formats[round % Self.formats.count]
      let expected = try #require(calibration.reference[format])
      let before = Set(AtomicKillTests.litter(next: file))
      let unchanged = Self.identity(of: file)
      let pid = try ChildProcess.spawn(
        cronica, ["export", "--corpus", corpus, "--format", format, "-o", file.path], stdout: "/dev/null",
        stderr: "/dev/null")
      // The export starts writing: a new temporary appears, or FILE itself changes (as it would
      // under a writer that is not atomic).
      let writing = {
        !Set(AtomicKillTests.litter(next: file)).subtracting(before).isEmpty || Self.identity(of: file) != unchanged
      }
      var status: Int32 = 0
      var exited: Int32?
      switch round % 4 {
      case 0:
        // Any moment of the run: mostly while the corpus loads.
        usleep(UInt32(Double.random(in: 0...(calibration.run * 0.9), using: &generator) * 1_000_000))
      case 1:
        // Just after the rename, before the export exits: FILE must be the new export.
        exited = Self.wait(for: pid) { writing() } ?? Self.wait(for: pid) { Self.identity(of: file) != unchanged }
      default:
        // Inside the write: a random moment of the temporary's lifetime.
        exited = Self.wait(for: pid, until: writing)
        if exited == nil {
          usleep(UInt32(Double.random(in: 0...min(calibration.write, 1), using: &generator) * 1_000_000))
        }
      }
      if let exited { status = exited }  // missed: the export finished between two polls
      if exited == nil {
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
      }
      if status & 0x7F == SIGKILL { killedMidRun += 1 }
      if !Set(AtomicKillTests.litter(next: file)).subtracting(before).isEmpty { killedMidWrite += 1 }
      let data = try Data(contentsOf: file)
      let whole = data == previous || data == expected
      #expect(
        whole, "round \(round) (\(format)): the file is neither the old export nor the new one (\(data.count) bytes)")
      if whole, data != previous {
        changedFile += 1
        previous = data
      }
    }
    #expect(
      killedMidRun >= Self.rounds * 2 / 3, "most rounds must end by SIGKILL, not by finishing (\(killedMidRun) did)")
    #expect(killedMidWrite >= 3, "kills must land inside the write, leaving its temporary (\(killedMidWrite) did)")
    #expect(changedFile >= 3, "kills must land after some exports replaced the file (\(changedFile) did)")
    // A complete export replaces the file and removes the temporaries killed exports left behind.
    let last = Self.formats[1]
    _ = try Self.export(cronica, corpus: corpus, format: last, to: file, log: log)
    #expect(try Data(contentsOf: file) == calibration.reference[last])
    #expect(AtomicKillTests.litter(next: file).isEmpty, "temporaries left: \(AtomicKillTests.litter(next: file))")
    print(
      "export kill -9: \(killedMidRun) of \(Self.rounds) rounds killed mid-run, \(killedMidWrite) mid-write, "
        + "\(changedFile) changed the file; run \(String(format: "%.3f", calibration.run)) s, "
        + "write \(String(format: "%.4f", calibration.write)) s")
  }
}
