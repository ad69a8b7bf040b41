import Foundation
import Testing

/// Issue 14, point 9: a folder of articles without events.json opens in time linear in its
/// articles. Four times the articles must cost about four times the CPU, not sixteen. The
/// articles are alike on purpose (five sentences each with the same date and words, so every
/// proposal wants the same id), which made both quadratic steps show: each proposal's article
/// looked up by scanning all articles, and each id found by trying `-2`, `-3`… from the start.
///
/// CPU time of the real binary (user + system, from bash's `time`), not wall-clock time, so a
/// busy machine moves both runs alike; the bound (7×) sits between linear (4×: measured 3.99×
/// in a debug build) and what the quadratic steps gave (measured in the report).
@Suite("Faults: a user folder opens in linear time (real binary)")
struct UserFolderScalingTests {
  static func makeFolder(_ url: URL, articles: Int) throws {
    let folder = url.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let body = String(repeating: "On March 3, 2019, the council approved the plan. ", count: 5) + "\n"
    for index in 0..<articles {
      let name = String(format: "a%06d", index)
      try ("---\nid: \(name)\ntitle: Notes \(index)\npublished: 2020-01-15\n---\n" + body)
        .write(to: folder.appendingPathComponent(name + ".md"), atomically: false, encoding: .utf8)
    }
  }

  @Test("4× the articles cost less than 7× the CPU (quadratic steps gave 11×)")
  func fourTimesTheArticlesCostAboutFourTimes() throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    try Self.makeFolder(shell.folder.appendingPathComponent("small"), articles: 1_000)
    try Self.makeFolder(shell.folder.appendingPathComponent("large"), articles: 4_000)
    let status = try shell.run(
      #"""
      TIMEFORMAT='%3U %3S'
      { time "$CRONICA" list --corpus small > small.out ; } 2> small.cpu &&
      { time "$CRONICA" list --corpus large > large.out ; } 2> large.cpu
      """#, seconds: 600)
    #expect(status == 0, "\(shell.text("script.err"))")
    #expect(shell.text("small.out").hasSuffix("5000 events\n"))
    #expect(shell.text("large.out").hasSuffix("20000 events\n"))
    func seconds(_ name: String) -> Double {
      shell.text(name).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }.reduce(0, +)
    }
    let small = seconds("small.cpu")
    let large = seconds("large.cpu")
    try #require(small > 0 && large > 0, "cpu: '\(shell.text("small.cpu"))' '\(shell.text("large.cpu"))'")
    #expect(large / small < 7, "CPU: \(small) s for 1,000 articles, \(large) s for 4,000 (\(large / small)×)")
  }
}
