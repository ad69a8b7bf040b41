import Foundation
@testable import CronicaModel

/// libFuzzer entry: EDTF and partial-date parsing, then every display form and the bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if let edtf = try? EDTFDate(parsing: text) {
    _ = edtf.readable
    _ = edtf.plainDate
    _ = edtf.year
    // A date allows at least one day, and its text parses back to the same date.
    if edtf.earliest > edtf.latest { abort() }
    if let again = try? EDTFDate(parsing: edtf.edtf), again != edtf { abort() }
    if edtf.earliest.isBounded, edtf.latest.isBounded, let days = EDTFDate(days: edtf.earliest, edtf.latest),
      days.earliest != edtf.earliest || days.latest != edtf.latest
    {
      abort()
    }
  }
  guard let date = try? PartialDate(parsing: text) else { return 0 }
  _ = date.iso
  _ = date.readable
  _ = date.description
  _ = date.firstDay
  _ = date.lastDay
  // The ISO text must parse back to the same date, and as EDTF to the same days.
  if let again = try? PartialDate(parsing: date.iso), again != date { abort() }
  if let edtf = try? EDTFDate(parsing: date.iso), edtf.earliest != date.firstDay || edtf.latest != date.lastDay {
    abort()
  }
  return 0
}
