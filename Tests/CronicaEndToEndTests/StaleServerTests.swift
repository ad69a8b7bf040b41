import CronicaTestSupport
import Foundation
import Testing

/// An interrupted `swift test` leaves its tmux servers (and the browsers in them) running; the next
/// run stops those whose test process is gone, and no other.
@Suite("End-to-end: servers left by an interrupted run (tmux)")
struct StaleServerTests {
  @Test func aServerWhoseTestProcessIsGoneIsStoppedAndALiveOneIsNot() throws {
    let executable = try #require(ExternalTool.find("tmux"))
    // A process id that no longer exists: a child that has exited and been waited for.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let gone = child.processIdentifier
    let stale = Tmux(executable: executable, socket: "cronica-test-\(gone)-\(UUID().uuidString)")
    try stale.run(["-f", "/dev/null", "new-session", "-d", "-s", stale.target, "sleep 300"])
    let live = try Tmux.start(width: 40, height: 10, command: "sleep 300")
    defer { live.kill() }

    Tmux.stopStaleServers(executable: executable)

    #expect(throws: EndToEndError.self) { try stale.run(["has-session", "-t", stale.target]) }
    #expect(try live.run(["has-session", "-t", live.target]) == "")
    let folder = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
    #expect(!FileManager.default.fileExists(atPath: folder + "/" + stale.socket))
  }
}
