import Foundation
@testable import CronicaModel

/// libFuzzer entry: a user article file (YAML front matter, body cleaning, field checks).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  var problems: [CorpusProblem] = []
  var warnings: [CorpusProblem] = []
  _ = UserArticle.readWithMode(text, file: "articles/f.md", origin: "f.md", problems: &problems, warnings: &warnings)
  for problem in problems + warnings { _ = problem.description }
  return 0
}
