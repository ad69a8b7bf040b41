import Foundation
@testable import CronicaModel

/// libFuzzer entry: any bytes, decoded leniently as UTF-8, through the article cleaner.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCleaner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let cleaned = ArticleCleaner.clean(text)
  _ = ArticleCleaner.clean(cleaned.text)  // cleaning its own output must not trap either
  return 0
}
