import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

@testable import CronicaTerminal

/// A fake `$BROWSER`: a script that writes each argument it gets on its own line to a file.
func fakeBrowser(in folder: URL) throws -> (script: String, record: URL) {
  let record = folder.appendingPathComponent("launched.txt")
  let script = folder.appendingPathComponent("fake-browser")
  try CleanSpawn.writeScript("#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done > '\(record.path)'\n", to: script)
  return (script.path, record)
}

@Suite("Effects performed by the terminal layer: open a URL, export")
struct EffectHostTests {
  @Test("O launches $BROWSER with the address as one argument, no shell, around a paused screen")
  func openLaunchesBrowser() throws {
    let folder = try temporaryFolder("open")
    defer { try? FileManager.default.removeItem(at: folder) }
    let fake = try fakeBrowser(in: folder)
    let address = "https://example.org/a?b=1&c=$(touch${IFS}pwned);x`touch${IFS}pwned`"
    let device = ScriptedDevice([.input(.timeout), .input(.event(.key(.char("O")))), .input(.timeout)])
    device.size = Size(width: 80, height: 24)
    var loop = BrowserLoop(
      browser: Browser(corpus: smallCorpus(url: address), size: Size(width: 80, height: 24)),
      options: TerminalOptions(debugCrash: false, environment: ["BROWSER": fake.script, "PATH": "/usr/bin:/bin"]),
      colorCapacity: 0)
    #expect(loop.run(on: device) == .interrupted)
    let frame = loop.presenter.last?.lines.last ?? ""
    let recorded = try? String(contentsOf: fake.record, encoding: .utf8)
    #expect(recorded == address + "\n", "message line: \(frame)")
    #expect(device.handovers == ["pause", "resume"])
    #expect(device.frames.full == 2)  // the first frame and the repaint after the browser returned
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pwned").path))
    #expect(!FileManager.default.fileExists(atPath: "pwned"))
  }

  @Test(
    "javascript: and file: addresses are refused: nothing is launched",
    arguments: [
      "javascript:alert(1)", "file:///etc/passwd", "JAVASCRIPT://example.org/%0Aalert(1)",
    ])
  func refusesOtherSchemes(_ address: String) throws {
    let folder = try temporaryFolder("refuse")
    defer { try? FileManager.default.removeItem(at: folder) }
    let fake = try fakeBrowser(in: folder)
    // The UI refuses it (no effect, a message)…
    let device = ScriptedDevice([.input(.event(.key(.char("O")))), .input(.timeout)])
    device.size = Size(width: 80, height: 24)
    var loop = BrowserLoop(
      browser: Browser(corpus: smallCorpus(url: address), size: Size(width: 80, height: 24)),
      options: TerminalOptions(debugCrash: false, environment: ["BROWSER": fake.script]), colorCapacity: 0)
    _ = loop.run(on: device)
    #expect(device.handovers.isEmpty)
    // The refusal is on the message line of the frame presented after O.
    let shown = try #require(loop.presenter.last).lines[23]
    #expect(shown.contains("only http and https"))
    // …and so does the launcher, should the effect ever arrive.
    #expect(WebBrowserLauncher(environment: ["BROWSER": fake.script]).open(address) != nil)
    #expect(!FileManager.default.fileExists(atPath: fake.record.path))
  }

  @Test("$BROWSER: first entry of a list, %s replaced, xdg-open by default; failures reported")
  func command() throws {
    let url = "https://example.org/"
    #expect(WebBrowserLauncher(environment: [:]).command(for: url) == ["xdg-open", url])
    #expect(WebBrowserLauncher(environment: ["BROWSER": "lynx -dump:w3m"]).command(for: url) == ["lynx", "-dump", url])
    #expect(
      WebBrowserLauncher(environment: ["BROWSER": "open --url=%s"]).command(for: url) == ["open", "--url=" + url])
    let missing = WebBrowserLauncher(environment: ["BROWSER": "no-such-browser-xyz", "PATH": "/nonexistent"])
    #expect(missing.open(url)?.contains("not found") == true)
    let failing = WebBrowserLauncher(environment: ["BROWSER": "/bin/false"])
    #expect(failing.open(url)?.contains("status 1") == true)
  }

  @Test("e writes the requested events atomically; relative paths land in the current directory")
  func export() throws {
    let folder = try temporaryFolder("export")
    defer { try? FileManager.default.removeItem(at: folder) }
    var host = EffectHost(options: TerminalOptions(debugCrash: false, environment: ["HOME": folder.path]))
    host.currentDirectory = folder.path
    let corpus = smallCorpus()
    let request = ExportRequest(path: "out.json", format: .json, events: [0, 2])
    let message = try #require(Self.message(host.export(request, of: corpus)))
    #expect(message.isError == false)
    let data = try Data(contentsOf: folder.appendingPathComponent("out.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let events = try #require(json["events"] as? [[String: Any]])
    #expect(events.compactMap { $0["id"] as? String } == ["alpha", "gamma"])
    let home = try #require(
      Self.message(host.export(ExportRequest(path: "~/view.md", format: .markdown, events: [1]), of: corpus)))
    #expect(home.isError == false)
    #expect(try String(contentsOf: folder.appendingPathComponent("view.md"), encoding: .utf8).contains("Beta"))
    let failed = try #require(
      Self.message(host.export(ExportRequest(path: "missing/dir/x.csv", format: .csv, events: [0]), of: corpus)))
    #expect(failed.isError && failed.text.contains("missing/dir/x.csv"))
    // The picture of the shown events: their groups only.
    let picture = try #require(
      Self.message(host.export(ExportRequest(path: "shown.svg", format: .svg, events: [2, 0]), of: corpus)))
    #expect(picture.text.hasPrefix("exported 2 events as svg"))
    let svg = try String(contentsOf: folder.appendingPathComponent("shown.svg"), encoding: .utf8)
    #expect(svg.contains("<g id=\"alpha\"") && svg.contains("<g id=\"gamma\"") && !svg.contains("<g id=\"beta\""))
  }

  @Test("e asks before overwriting an existing file, and writes once the user agreed")
  func exportAsksBeforeOverwriting() throws {
    let folder = try temporaryFolder("overwrite")
    defer { try? FileManager.default.removeItem(at: folder) }
    var host = EffectHost(options: TerminalOptions(debugCrash: false, environment: ["HOME": folder.path]))
    host.currentDirectory = folder.path
    let target = folder.appendingPathComponent("keep.json")
    try Data("precious\n".utf8).write(to: target)
    let request = ExportRequest(path: "keep.json", format: .json, events: [0])
    #expect(host.export(request, of: smallCorpus()) == .askOverwrite(request))
    #expect(try String(contentsOf: target, encoding: .utf8) == "precious\n")
    var agreed = request
    agreed.overwrite = true
    #expect(Self.message(host.export(agreed, of: smallCorpus()))?.isError == false)
    #expect(try String(contentsOf: target, encoding: .utf8).contains("\"alpha\""))
  }

  /// The message an effect's outcome carries, if it is one.
  static func message(_ action: Action) -> Message? {
    if case .notify(let message) = action { return message }
    return nil
  }

  @Test("the web browser starts with SIGPIPE and SIGXFSZ at their defaults, though Cronica ignores them")
  func launchedProgramGetsDefaultSignals() throws {
    let folder = try temporaryFolder("open-signals")
    defer { try? FileManager.default.removeItem(at: folder) }
    let record = folder.appendingPathComponent("ignored.txt")
    let script = folder.appendingPathComponent("fake-browser")
    try CleanSpawn.writeScript("#!/bin/sh\ngrep SigIgn /proc/self/status > '\(record.path)'\n", to: script)
    // As `cronica` does (SIGXFSZ ignored at start); SIGPIPE the same way, as the browser does.
    let oldXFSZ = signal(SIGXFSZ, SIG_IGN)
    let oldPIPE = signal(SIGPIPE, SIG_IGN)
    defer {
      signal(SIGXFSZ, oldXFSZ)
      signal(SIGPIPE, oldPIPE)
    }
    #expect(WebBrowserLauncher(environment: ["BROWSER": script.path, "PATH": "/usr/bin:/bin"]).open("https://example.org") == nil)
    let line = try String(contentsOf: record, encoding: .utf8)
    let mask = try #require(UInt64(line.split(separator: "\t").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "", radix: 16))
    #expect(mask & (1 << UInt64(SIGXFSZ - 1)) == 0, "\(line)")
    #expect(mask & (1 << UInt64(SIGPIPE - 1)) == 0, "\(line)")
  }
}
