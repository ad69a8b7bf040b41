import Foundation
@testable import CronicaModel

/// libFuzzer entry: the TimelineJS JSON importer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimelineJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  if let opened = try? TimelineJS.importJSON(bytes, file: "t.json") {
    _ = opened.corpus.validate()
  }
  return 0
}
