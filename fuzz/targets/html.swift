import Foundation
@testable import CronicaModel

/// libFuzzer entry: HTML to plain text, control stripping and escaping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let plain = HTMLText.plainText(text)
  _ = HTMLText.strippingControls(text)
  // Escaped text read back as HTML must give the text again, minus controls.
  _ = HTMLText.plainText(HTMLText.escape(plain))
  return 0
}
