import CronicaTestSupport
import Foundation

/// One case of the hostile corpus, as listed in `Fixtures/manifest.json` (see `make_cases.py`).
struct HostileCase: Decodable, Sendable, CustomStringConvertible {
  /// What the case is expected to do.
  struct Expectation: Decodable, Sendable {
    /// The exit status (`cli`), or 0 / 1 for loads / fails to load (`open`).
    var status: Int32
    /// Fragments every error output must contain.
    var stderr: [String]?
    /// True when the corpus loads and must display safely.
    var displays: Bool?
    /// True when CSV output must be checked for defused formulas.
    var csv: Bool?
    /// A time bound in seconds for each command (default 30).
    var seconds: Double?
  }

  var name: String
  /// `cli` (the binary on a bundled-layout folder) or `open` (`Corpus.open(at:)` in-process).
  var kind: String
  /// The case's path relative to the Fixtures folder.
  var path: String
  var expect: Expectation
  /// A change made at test time in a scratch copy (`huge-article`, `chmod-000`, …).
  var setup: String?

  var description: String { name }

  /// The fixtures folder next to this file.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Every case in the manifest (an empty list if it cannot be read, which the count test catches).
  static let all: [HostileCase] = {
    struct Manifest: Decodable { var cases: [HostileCase] }
    let url = fixtures.appendingPathComponent("manifest.json")
    guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
    else { return [] }
    return manifest.cases
  }()

  /// The cases of one kind.
  static func cases(_ kind: String) -> [HostileCase] { all.filter { $0.kind == kind } }

  /// Copies the case into a fresh scratch folder, applies its setup and returns the path to open.
  func prepare() throws -> (path: URL, scratch: URL) {
    let manager = FileManager.default
    let scratch = try TemporaryFolder("hostile").url
    let caseRoot = HostileCase.fixtures.appendingPathComponent("cases").appendingPathComponent(name)
    let copy = scratch.appendingPathComponent(name)
    try manager.copyItem(at: caseRoot, to: copy)
    let relative = String(path.dropFirst("cases/\(name)".count)).drop { $0 == "/" }
    var target = relative.isEmpty ? copy : copy.appendingPathComponent(String(relative))
    switch setup {
    case "huge-article":
      try HostileSetup.appendHugeLine(to: copy.appendingPathComponent("articles/a.txt"), megabytes: 50)
    case "deep-events":
      try HostileSetup.deepJSON(depth: 100_000).write(to: copy.appendingPathComponent("events.json"))
    case "deep-timeline":
      try HostileSetup.deepJSON(depth: 100_000, prefix: #"{"events":"#).write(to: target)
    case "chmod-000":
      try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: copy.appendingPathComponent("articles/a.txt").path)
    case "symlink-loop-article":
      let file = copy.appendingPathComponent("articles/a.txt")
      try manager.removeItem(at: file)
      try manager.createSymbolicLink(atPath: file.path, withDestinationPath: file.path)
    case "symlink-loop-corpus":
      let loop = scratch.appendingPathComponent("loop")
      try manager.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
      target = loop
    case nil: break
    case let other?: throw HostileError("unknown setup '\(other)' in case \(name)")
    }
    return (target, scratch)
  }

  /// Removes a scratch folder, restoring permissions first so chmod 000 files go too.
  static func cleanUp(_ scratch: URL) {
    if let walker = FileManager.default.enumerator(atPath: scratch.path) {
      for case let relative as String in walker {
        chmod(scratch.appendingPathComponent(relative).path, 0o755)
      }
    }
    try? FileManager.default.removeItem(at: scratch)
  }
}

/// A test failure with a message.
struct HostileError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Builds inputs too large or too odd to commit.
enum HostileSetup {
  /// Appends one line of `megabytes` MB (no newline inside) to a file.
  static func appendHugeLine(to url: URL, megabytes: Int) throws {
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    let chunk = Data(String(repeating: "guns and cash crossed the border again; ", count: 25_000).utf8)  // 1 MB
    try handle.write(contentsOf: Data("\n".utf8))
    for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
    try handle.write(contentsOf: Data("\n".utf8))
  }

  /// `depth` nested arrays, after an optional prefix.
  static func deepJSON(depth: Int, prefix: String = "") -> Data {
    Data((prefix + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      + (prefix.isEmpty ? "" : "}")).utf8)
  }

  /// True when this process can read a file despite chmod 000 (root, as in CI).
  static func readsIgnorePermissions(_ path: String) -> Bool { access(path, R_OK) == 0 }
}
