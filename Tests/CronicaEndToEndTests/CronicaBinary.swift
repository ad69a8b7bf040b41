import Foundation

/// Finds the `cronica` executable built for these tests.
enum CronicaBinary {
  /// Candidates: next to the test bundle, then `.build/*/debug` and `.build/debug` of this checkout.
  static var candidates: [URL] {
    var urls: [URL] = []
    if let first = CommandLine.arguments.first {
      var folder = URL(fileURLWithPath: first).deletingLastPathComponent()
      // The test executable may sit inside a bundle (`….xctest/Contents/MacOS`): walk up a few levels.
      for _ in 0..<4 {
        urls.append(folder.appendingPathComponent("cronica"))
        folder = folder.deletingLastPathComponent()
      }
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let build = root.appendingPathComponent(".build")
    let triples = (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []
    for triple in triples.sorted() {
      urls.append(build.appendingPathComponent(triple).appendingPathComponent("debug/cronica"))
    }
    urls.append(build.appendingPathComponent("debug/cronica"))
    return urls
  }

  /// The path of the binary, or an error listing where it looked.
  static func path() throws -> String {
    let files = candidates.map(\.path)
    guard let found = files.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw EndToEndError("cronica binary not found; looked in:\n" + files.joined(separator: "\n"))
    }
    return found
  }
}
