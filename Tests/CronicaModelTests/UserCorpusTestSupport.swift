import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// Fixture folders and scratch folders for the user-corpus, TimelineJS and export tests.
enum TestFiles {
  /// The `Fixtures/<name>` folder or file copied into the test bundle.
  static func fixture(_ name: String) throws -> URL {
    let base = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
    let url = base.appendingPathComponent(name)
    try #require(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
    return url
  }

  /// A fresh empty folder under the temporary directory.
  static func scratchFolder() throws -> URL {
    let url = try TemporaryFolder("tests").url
    return url
  }

  /// Writes `files` (relative path → text) into a fresh scratch folder.
  static func folder(_ files: [String: String]) throws -> URL {
    let root = try scratchFolder()
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }

  /// The problems of a failing load, or an empty list (recorded as a failure) when it succeeds.
  static func problems(_ load: () throws(CorpusError) -> Void) -> [CorpusProblem] {
    do {
      try load()
      Issue.record("expected the load to fail")
      return []
    } catch {
      return error.problems
    }
  }
}
