import Foundation
@testable import CronicaModel

/// libFuzzer entry: partial-date parsing, then every display form and the period bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let date = try? PartialDate(parsing: text) else { return 0 }
  _ = date.iso
  _ = date.readable
  _ = date.description
  _ = date.firstDay
  _ = date.lastDay
  // The ISO text must parse back to the same date.
  if let again = try? PartialDate(parsing: date.iso), again != date { abort() }
  return 0
}
