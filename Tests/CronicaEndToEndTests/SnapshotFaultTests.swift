import CronicaTestSupport
import Foundation
import Testing

/// Issue 14, points 4, 5 and 6, around the corpus snapshot: a snapshot changed on disk while the
/// browser reads it ends the browser cleanly; a FIFO at the snapshot's path never hangs the
/// program; `ulimit -f` makes the snapshot's save fail with a note, never kill the program.
@Suite("Faults: the corpus snapshot (real binary, tmux)")
struct SnapshotFaultTests {
  /// A scratch folder with a copy of the bundled corpus (files an hour old, so that it gets a
  /// snapshot at once) and the environment that gives every corpus a snapshot in its cache.
  struct Setup {
    let shell: ShellScript
    var corpus: String { shell.path("corpus") }
    var environment: [String: String] {
      ["CRONICA_CORPUS": corpus, "XDG_CACHE_HOME": shell.path("cache"), "CRONICA_SNAPSHOT_MIN_EVENTS": "1"]
    }

    init() throws {
      shell = try ShellScript()
      try FileManager.default.copyItem(at: ShellScript.source, to: URL(fileURLWithPath: shell.path("corpus")))
      try FileAge.backdate(URL(fileURLWithPath: shell.path("corpus")))
    }

    /// The files in the snapshot cache folder.
    var cacheEntries: [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: shell.path("cache/cronica/snapshots"))) ?? []
    }

    /// Runs `cronica list` once so that the snapshot exists; its path.
    func makeSnapshot() throws -> String {
      try #require(try shell.run(#""$CRONICA" list > /dev/stdout"#, environment: environment) == 0)
      let name = try #require(cacheEntries.first { $0.hasSuffix(".snapshot") }, "no snapshot was made")
      return shell.path("cache/cronica/snapshots/" + name)
    }
  }

  /// Checks the browser ended with the snapshot message, status 74 and the terminal restored.
  func expectSnapshotChangedExit(_ session: BrowserSession) async throws {
    let status = try await session.waitForExit()
    let screen = try session.tmux.capture()
    #expect(status == 74, "\(screen)")
    try expectRestored(session)
    #expect(screen.contains("Error: the corpus snapshot changed on disk; reopen"), "\(screen)")
  }

  @Test("a snapshot truncated while the browser reads it: message, exit 74, terminal restored")
  func truncatedWhileBrowsing() async throws {
    let setup = try Setup()
    defer { setup.shell.remove() }
    let snapshot = try setup.makeSnapshot()
    let session = try await BrowserSession.start(width: 100, height: 30, environment: setup.environment)
    defer { session.close() }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: snapshot))
    try handle.truncate(atOffset: 4_096)
    try handle.close()
    try session.tmux.send("G")
    try await expectSnapshotChangedExit(session)
  }

  @Test("random bytes written into the snapshot while the browser reads it: message, exit 74")
  func overwrittenWhileBrowsing() async throws {
    let setup = try Setup()
    defer { setup.shell.remove() }
    let snapshot = try setup.makeSnapshot()
    let session = try await BrowserSession.start(width: 100, height: 30, environment: setup.environment)
    defer { session.close() }
    let size = try #require(try FileManager.default.attributesOfItem(atPath: snapshot)[.size] as? Int)
    var generator = SystemRandomNumberGenerator()
    let garbage = Data((0..<(size - 4_096)).map { _ in UInt8.random(in: 0...255, using: &generator) })
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: snapshot))
    try handle.seek(toOffset: 4_096)
    try handle.write(contentsOf: garbage)
    try handle.close()
    try session.tmux.send("G")
    try session.tmux.send("/")
    try session.tmux.type("cartel")
    try await expectSnapshotChangedExit(session)
  }

  @Test("a FIFO at the snapshot's path: list does not wait on it and prints the timeline")
  func fifoAtTheSnapshotPath() throws {
    let setup = try Setup()
    defer { setup.shell.remove() }
    let snapshot = try setup.makeSnapshot()
    try setup.shell.run(#""$CRONICA" list > expected"#, environment: setup.environment)
    try FileManager.default.removeItem(atPath: snapshot)
    try #require(mkfifo(snapshot, 0o600) == 0)
    let status = try setup.shell.run(#""$CRONICA" list > got 2> err"#, environment: setup.environment, seconds: 60)
    #expect(status == 0, "status \(String(describing: status)) (nil: it hung); \(setup.shell.text("err"))")
    #expect(setup.shell.text("got") == setup.shell.text("expected"))
  }

  @Test("ulimit -f: list still prints, notes the snapshot it could not save, leaves no temporary file")
  func fileSizeLimitOnList() throws {
    let setup = try Setup()
    defer { setup.shell.remove() }
    try setup.shell.run(#"CRONICA_SNAPSHOTS=off "$CRONICA" list > expected"#, environment: setup.environment)
    let status = try setup.shell.run(
      #"( ulimit -f 16; exec "$CRONICA" list 2> err ) | cat > got; exit ${PIPESTATUS[0]}"#,
      environment: setup.environment)
    #expect(status == 0)
    #expect(setup.shell.text("got") == setup.shell.text("expected"))
    let err = setup.shell.text("err")
    #expect(err.hasPrefix("cronica: note: the corpus snapshot was not saved (cannot write "), "\(err)")
    #expect(err.contains(": File too large); the next run loads the files again\n"), "\(err)")
    #expect(setup.cacheEntries.isEmpty, "\(setup.cacheEntries)")
  }

  @Test("ulimit -f: export -o fails with one line and 73, keeps the old file, leaves no temporary file")
  func fileSizeLimitOnExport() throws {
    let setup = try Setup()
    defer { setup.shell.remove() }
    let status = try setup.shell.run(
      #"echo old > out.json && ( ulimit -f 16; exec "$CRONICA" export -o out.json 2> err )"#,
      environment: ["CRONICA_SNAPSHOTS": "off"])
    #expect(status == 73)
    #expect(setup.shell.text("err") == "Error: cannot write out.json: File too large\n")
    #expect(setup.shell.text("out.json") == "old\n")
    let names = try FileManager.default.contentsOfDirectory(atPath: setup.shell.folder.path)
    #expect(!names.contains { $0.contains(".tmp") }, "\(names)")
  }

  @Test("ulimit -f: the browser's background save fails with a note; the browser goes on")
  func fileSizeLimitInTheBrowser() async throws {
    let setup = try Setup()
    defer { setup.shell.remove() }
    let session = try await BrowserSession.start(
      width: 200, height: 30, environment: setup.environment, prelude: "ulimit -f 16")
    defer { session.close() }
    try await session.waitForScreen(containing: "the corpus snapshot was not saved")
    try await session.press("j")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
    #expect(setup.cacheEntries.isEmpty, "\(setup.cacheEntries)")
  }
}
