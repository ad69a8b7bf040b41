import CronicaTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `kill -9` at random moments while `AtomicReplacement` replaces a file: the file always holds one
/// whole version (the old or a new one), and no temporary file is left once a write completes.
@Suite(.serialized) struct AtomicKillTests {
  /// Size of each version in KB: large enough that a kill often lands mid-write.
  static let kilobytes = 768

  /// The version a file holds if it is one whole version, else nil.
  static func wholeVersion(of url: URL) -> Int? {
    guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8),
      let firstLine = text.split(separator: "\n", maxSplits: 1).first,
      firstLine.hasPrefix("version "), let version = Int(firstLine.dropFirst("version ".count))
    else { return nil }
    let line = "version \(version)\n"
    let repeats = max(1, kilobytes * 1024 / line.utf8.count)
    return text == String(repeating: line, count: repeats) ? version : nil
  }

  /// Hidden temporaries `AtomicReplacement` leaves next to `url` (`.NAME.tmp-XXXXXX`).
  static func litter(next url: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
    return names.filter { $0.hasPrefix("." + url.lastPathComponent + ".tmp-") }
  }

  @Test func killNineNeverLeavesAPartialFile() throws {
    let writer = try ChildProcess.product("cronica-atomic-writer")
    let folder = try TemporaryFolder("kill").url
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("marks.json")
    let first = try ChildProcess.run(writer, [file.path, "\(Self.kilobytes)", "1"], environment: ["WRITER_FIRST_VERSION": "0"])
    #expect(first.status == 0)
    #expect(Self.wholeVersion(of: file) == 0)

    var generator = SystemRandomNumberGenerator()
    var killedMidRun = 0
    var changedVersions = 0
    var maxLitter = 0
    var previous = 0
    for round in 1...40 {
      let base = round * 1_000
      let out = folder.appendingPathComponent("out-\(round)").path
      let pid = try ChildProcess.spawn(
        writer, [file.path, "\(Self.kilobytes)", "500"], stdout: out, stderr: "/dev/null",
        environment: ["WRITER_FIRST_VERSION": "\(base)"])
      if round.isMultiple(of: 2) {
        // Even rounds: let at least one write finish (however slow the build), then kill mid-stream.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").contains("wrote") {
          usleep(1_000)
        }
        usleep(UInt32.random(in: 0...60_000, using: &generator))
      } else {
        // Odd rounds: kill at any moment from start-up on, often inside the first write.
        usleep(UInt32.random(in: 1_000...120_000, using: &generator))
      }
      kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1, errno == EINTR {}
      if status & 0x7F == SIGKILL { killedMidRun += 1 }
      let version = Self.wholeVersion(of: file)
      #expect(version != nil, "round \(round): the file is not one whole version")
      if let version {
        // The old version, or one this round's writer made.
        #expect(version == previous || (base..<(base + 500)).contains(version), "round \(round): version \(version)")
        if version != previous { changedVersions += 1 }
        previous = version
      }
      maxLitter = max(maxLitter, Self.litter(next: file).count)
    }
    #expect(killedMidRun >= 30, "most rounds must end by SIGKILL, not by finishing (\(killedMidRun) did)")
    #expect(changedVersions >= 10, "kills should land after some writes finished (\(changedVersions) rounds did)")
    // A complete write removes the temporaries killed writers left behind.
    let last = try ChildProcess.run(writer, [file.path, "\(Self.kilobytes)", "1"], environment: ["WRITER_FIRST_VERSION": "99999"])
    #expect(last.status == 0)
    #expect(Self.wholeVersion(of: file) == 99_999)
    #expect(Self.litter(next: file).isEmpty, "temporaries left: \(Self.litter(next: file))")
    print("kill -9: \(killedMidRun) of 40 rounds killed mid-run, \(changedVersions) changed the file, max litter \(maxLitter)")
  }

  @Test func aLiveWritersTemporaryIsNotRemoved() throws {
    // A temporary whose writer still holds it (locked) must survive another writer's cleanup.
    let writer = try ChildProcess.product("cronica-atomic-writer")
    let folder = try TemporaryFolder("lock").url
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("export.csv")
    let held = folder.appendingPathComponent(".export.csv.tmp-HELD01")
    let stale = folder.appendingPathComponent(".export.csv.tmp-STALE1")
    #expect(FileManager.default.createFile(atPath: held.path, contents: Data("x".utf8)))
    #expect(FileManager.default.createFile(atPath: stale.path, contents: Data("y".utf8)))
    let descriptor = open(held.path, O_RDWR)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    // flock locks belong to the open file, so another process sees this one as held.
    #expect(flock(descriptor, LOCK_EX) == 0)
    let result = try ChildProcess.run(writer, [file.path, "4", "1"])
    #expect(result.status == 0)
    #expect(FileManager.default.fileExists(atPath: held.path), "a held temporary was removed")
    #expect(!FileManager.default.fileExists(atPath: stale.path), "a stale temporary was left")
  }
}
