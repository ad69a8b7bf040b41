import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

@testable import CronicaTerminal

/// A terminal that plays a script: reads, signals, stop and continue requests, in order.
final class ScriptedDevice: TerminalDevice {
  /// One scripted happening, consumed by the loop call that asks for it.
  enum Step {
    case input(ReadResult)
    case signal(Int)
    case stop
    case continued
  }

  var size = Size(width: 40, height: 10)
  var script: [Step]
  let screen = RecordingScreen()
  /// The timeouts the loop asked for, in order.
  var timeouts: [Int] = []
  var suspensions = 0

  /// Called once when the script runs out, before the closing Ctrl-C (that read times out).
  var whenOutOfScript: (() -> Void)?

  init(_ script: [Step]) { self.script = script }

  func read(timeout: Int) -> ReadResult {
    timeouts.append(timeout)
    if script.isEmpty, let last = whenOutOfScript {
      whenOutOfScript = nil
      last()
      return .timeout
    }
    guard case .input(let result) = script.first else {
      // Out of script (or a signal is due and the loop read anyway): Ctrl-C quits from anywhere
      // (the loop ends `.interrupted`).
      return script.isEmpty ? .event(.key(.ctrl("c"))) : .timeout
    }
    script.removeFirst()
    return result
  }
  func suspend() { suspensions += 1 }
  /// Pauses and resumes around external programs, in order (`pause`, `resume`).
  var handovers: [String] = []
  func pauseForProgram() { handovers.append("pause") }
  func resumeAfterProgram() { handovers.append("resume") }
  func takeTerminatingSignal() -> Int {
    guard case .signal(let number) = script.first else { return 0 }
    script.removeFirst()
    return number
  }
  func takeStopRequest() -> Bool {
    guard case .stop = script.first else { return false }
    script.removeFirst()
    return true
  }
  func takeContinued() -> Bool {
    guard case .continued = script.first else { return false }
    script.removeFirst()
    return true
  }
  func draw(symbol: String, x: Int, y: Int, attributes: CellAttributes, pair: Int) {
    screen.draw(symbol: symbol, x: x, y: y, attributes: attributes, pair: pair)
  }
  func definePair(_ pair: Int, _ combination: ColorPalette.Combination) -> Bool {
    screen.definePair(pair, combination)
  }
  func clearAll() { screen.clearAll() }
  func flush() { screen.flush() }

  /// How many frames were presented, and how many of them were full repaints.
  var frames: (all: Int, full: Int) {
    (screen.calls.filter { $0 == .flush }.count, screen.calls.filter { $0 == .clearAll }.count)
  }
}

@Suite("Browser loop (scripted terminal)")
struct BrowserLoopTests {
  let idlePath = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-loop-\(UUID().uuidString)")
    .path

  func makeLoop() -> BrowserLoop {
    let browser = Browser(corpus: Corpus(articles: [], events: [], themes: []), size: Size(width: 80, height: 24))
    var loop = BrowserLoop(
      browser: browser, options: TerminalOptions(idleFile: idlePath, debugCrash: false), colorCapacity: 0)
    loop.runInBackground = { $0() }  // results are in the inbox at the next turn, never racing the script
    return loop
  }

  func idleCount() -> String? { try? String(contentsOfFile: idlePath, encoding: .utf8) }

  @Test("background work runs as an effect and its result comes back to the loop as an action")
  func backgroundWorkComesBackAsAnAction() {
    let corpus = Fixtures.large(count: 3_000)
    var loop = BrowserLoop(
      browser: Browser(corpus: corpus, size: Size(width: 80, height: 24)),
      options: TerminalOptions(debugCrash: false), colorCapacity: 0)
    let held = HeldJobs()
    loop.runInBackground = { held.add($0) }
    let device = ScriptedDevice("/77".map { .input(.event(.key(.char($0)))) } + [.input(.event(.key(.enter)))])
    var awaitedWhileHeld = false
    device.whenOutOfScript = {
      awaitedWhileHeld = held.count == 2  // the index and the snapshot check, started at the first key
      held.runAll()
    }
    #expect(loop.run(on: device) == .interrupted)
    #expect(awaitedWhileHeld)
    let state = loop.browser.state
    let waiting = state.awaitingIndex  // (not the whole state in a failure message)
    #expect(!waiting)
    let expected = EventIndex(corpus: corpus).matches(EventQuery(search: "77"), in: corpus)
    #expect(!expected.isEmpty)
    #expect(state.searchMatches == expected)
    #expect(state.selectedEvent == expected.first, "the search waited in the state and went to its first match")
  }

  @Test("a batch of input is handled before one frame is presented and the idle count written")
  func batch() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([
      .input(.event(.key(.char("x")))), .input(.event(.key(.char("y")))), .input(.timeout),
      .input(.event(.key(.char("q")))),
    ])
    var loop = makeLoop()
    #expect(loop.run(on: device) == .quit)
    #expect(device.timeouts == [0, 0, 0, BrowserLoop.pollInterval])
    #expect(device.frames.all == 1)
    #expect(idleCount() == "2\n")
    #expect(loop.handled == 3)
  }

  @Test("the first frame has the terminal's size, not the size the browser was created with")
  func startsAtTerminalSize() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([.input(.timeout), .input(.event(.key(.char("q"))))])
    var loop = makeLoop()
    _ = loop.run(on: device)
    #expect(loop.presenter.last?.size == device.size)
    #expect(idleCount() == "0\n")
  }

  @Test("a locale that is not UTF-8 draws the first frame in ASCII and says so once")
  func asciiLocale() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let corpus = Corpus(
      articles: [Article(
        id: "a", title: "Mérida", outlet: "", authors: [], published: nil, publishedDisplay: "", dateBasis: "",
        origin: "", text: "Mérida text.", url: nil)],
      events: [Event(
        id: "e", start: EDTFDate(PartialDate(year: 2008)!), end: nil, display: "2008", kind: .report, title: "The Mérida Initiative",
        summary: "S.", themes: [], citations: [Citation(article: "a", quote: "Mérida text.")])],
      themes: [])
    var loop = BrowserLoop(
      browser: Browser(corpus: corpus, size: Size(width: 80, height: 24)),
      options: TerminalOptions(idleFile: idlePath, debugCrash: false), colorCapacity: 0,
      display: DisplayCapabilities(unicode: false, colors256: false))
    let device = ScriptedDevice([.input(.timeout), .input(.event(.key(.char("Q"))))])
    device.size = Size(width: 80, height: 24)
    _ = loop.run(on: device)
    let lines = loop.presenter.last?.lines ?? []
    #expect(lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    #expect(lines.contains { $0.contains("The Merida Initiative") })
    #expect(lines.last?.hasPrefix("the locale is not UTF-8: drawing in ASCII") == true)
  }

  @Test("input that decodes to nothing is not counted")
  func ignoredInput() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([.input(.ignored), .input(.timeout), .input(.event(.key(.char("q"))))])
    var loop = makeLoop()
    #expect(loop.run(on: device) == .quit)
    #expect(idleCount() == "0\n")
  }

  @Test("with the debug switch, F11 ends the loop with an error that says it happened while running")
  func debugError() throws {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([.input(.timeout), .input(.event(.key(.function(11)))), .input(.timeout)])
    let browser = Browser(corpus: Corpus(articles: [], events: [], themes: []), size: Size(width: 80, height: 24))
    var loop = BrowserLoop(
      browser: browser, options: TerminalOptions(idleFile: idlePath, debugCrash: true), colorCapacity: 0)
    guard case .failed(let error) = loop.run(on: device) else {
      Issue.record("F11 under CRONICA_DEBUG_CRASH should end the loop with an error")
      return
    }
    #expect(error.whileRunning)
    #expect(error.message.contains("CRONICA_DEBUG_CRASH"))
    #expect(device.script.count == 1, "the loop should stop at F11, not read on")
  }

  @Test("without the debug switch, F11 is an ordinary key")
  func noDebugErrorWithoutSwitch() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([.input(.event(.key(.function(11)))), .input(.event(.key(.char("q"))))])
    var loop = makeLoop()
    #expect(loop.run(on: device) == .quit)
    #expect(loop.handled == 2)
  }

  @Test("a terminating signal ends the loop with its number")
  func signal() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([.input(.timeout), .signal(15)])
    var loop = makeLoop()
    #expect(loop.run(on: device) == .signal(15))
  }

  @Test("Ctrl-Z suspends and the next frame is a full repaint")
  func ctrlZ() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([
      .input(.timeout), .input(.event(.key(.ctrl("z")))), .input(.timeout), .input(.event(.key(.char("q")))),
    ])
    var loop = makeLoop()
    #expect(loop.run(on: device) == .quit)
    #expect(device.suspensions == 1)
    #expect(device.frames.all == 2)
    #expect(device.frames.full == 2)
  }

  @Test("SIGTSTP from outside suspends; SIGCONT alone forces a full repaint")
  func stopAndContinue() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let device = ScriptedDevice([
      .input(.timeout), .stop, .input(.timeout), .continued, .input(.timeout), .input(.event(.key(.char("q")))),
    ])
    var loop = makeLoop()
    #expect(loop.run(on: device) == .quit)
    #expect(device.suspensions == 1)
    #expect(device.frames.all == 3)
    #expect(device.frames.full == 3)
  }

  @Test("a resize is an input event and repaints at the new size")
  func resize() {
    defer { try? FileManager.default.removeItem(atPath: idlePath) }
    let size = Size(width: 20, height: 5)
    let device = ScriptedDevice([
      .input(.timeout), .input(.event(.resize(size))), .input(.timeout), .input(.event(.key(.char("q")))),
    ])
    var loop = makeLoop()
    _ = loop.run(on: device)
    #expect(loop.presenter.last?.size == size)
    #expect(device.frames.full == 2)
    #expect(idleCount() == "1\n")
  }
}

/// Background jobs the loop started, run when the test says.
final class HeldJobs: @unchecked Sendable {
  private var jobs: [@Sendable () -> Void] = []
  func add(_ job: @escaping @Sendable () -> Void) { jobs.append(job) }
  var count: Int { jobs.count }
  func runAll() {
    for job in jobs { job() }
    jobs = []
  }
}
