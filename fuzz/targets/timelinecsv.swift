import Foundation
@testable import CronicaModel

/// libFuzzer entry: the TimelineJS sheet (CSV) importer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimelineCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  if let opened = try? TimelineJS.importCSV(bytes, file: "t.csv") {
    _ = opened.corpus.validate()
  }
  return 0
}
