import CronicaSystem
import Foundation
import Testing

@Suite("The system layer: child processes, folders, the program's identity")
struct ChildProcessTests {
  @Test("a script still open for writing elsewhere (ETXTBSY) starts once that descriptor closes")
  func busyExecutableIsRetried() throws {
    let folder = try TestFiles.scratchFolder()
    let script = folder.appendingPathComponent("busy.sh").path
    // What a child forked by another thread does to a script being written: holds a write descriptor.
    let descriptor = open(script, O_WRONLY | O_CREAT | O_TRUNC, 0o755)
    try #require(descriptor >= 0)
    let text = Array("#!/bin/sh\nexit 7\n".utf8)
    #expect(write(descriptor, text, text.count) == text.count)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { close(descriptor) }
    let pid = try ChildProcess.start(script, [])
    #expect(try ChildProcess.wait(for: pid, name: script) == .exited(7))
  }

  @Test("arguments pass without a shell; the environment is the one given; a deadline kills the child")
  func argumentsEnvironmentAndDeadline() throws {
    let folder = try TestFiles.scratchFolder()
    let output = folder.appendingPathComponent("out").path
    let pid = try ChildProcess.start(
      "/bin/sh", ["-c", "printf '%s|%s' \"$0\" \"$GREETING\"", "a b;$(x)"], environment: ["GREETING": "hi"],
      standardOutput: output)
    #expect(try ChildProcess.wait(for: pid, name: "sh") == .exited(0))
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "a b;$(x)|hi")
    let sleeper = try ChildProcess.start("/bin/sleep", ["30"])
    #expect(try ChildProcess.wait(for: sleeper, name: "sleep", deadline: 0.1) == .signalled(SIGKILL))
    #expect(throws: SystemFailure.self) { try ChildProcess.start(folder.appendingPathComponent("none").path, []) }
  }

  @Test("Folder.create makes missing parents, accepts an existing folder, refuses a file in the way")
  func folderCreate() throws {
    let folder = try TestFiles.scratchFolder()
    let deep = folder.appendingPathComponent("a/b/c").path
    try Folder.create(deep)
    try Folder.create(deep)
    #expect(Folder.exists(deep))
    let file = folder.appendingPathComponent("file").path
    try FileWriter.write(Data("x".utf8), to: file)
    #expect(throws: SystemFailure.self) { try Folder.create(file + "/inside") }
    #expect(!Folder.exists(file))
    #expect(try Folder.entries(folder.path).sorted() == ["a", "file"])
  }

  // readdir's records end at their name's NUL; reading a whole 256-byte d_name ran past the last
  // record of its buffer, which the AddressSanitizer pass (.ci/run) reports on this folder.
  @Test("Folder.entries lists a folder of thousands of names of every length, and nothing else")
  func folderEntriesOfAFullFolder() throws {
    let folder = try TestFiles.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = (0..<4_000).map { "n\($0)" + String(repeating: "x", count: $0 % 200) }
    for name in names { try FileWriter.write(Data(), to: folder.appendingPathComponent(name).path) }
    #expect(try Folder.entries(folder.path).sorted() == names.sorted())
  }

  @Test("the running program has an identity and file times in nanoseconds")
  func runningProgramAndTimes() throws {
    let program = try #require(FileStatus.runningProgram)
    #expect(program.kind == .regular && program.size > 0)
    let folder = try TestFiles.scratchFolder()
    let file = folder.appendingPathComponent("timed").path
    try FileWriter.write(Data("x".utf8), to: file)
    var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 123_456_789), timespec(tv_sec: 1_000_000_000, tv_nsec: 123_456_789)]
    #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
    #expect(FileStatus.at(file)?.modified == 1_000_000_000_123_456_789)
  }
}
