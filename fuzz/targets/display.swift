import Foundation
@testable import CronicaUI

/// libFuzzer entry: sanitize, width, truncate and wrap, then draw into a grid with Grid.put.
/// The first two bytes choose the width and the x offset; the rest is the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDisplay(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size >= 2 else { return 0 }
  let columns = Int(data[0] % 90)
  let offset = Int(data[1] % 16) - 4
  let text = String(decoding: UnsafeBufferPointer(start: data + 2, count: size - 2), as: UTF8.self)
  let clean = DisplayText.sanitize(text)
  let line = DisplayText.sanitizedLine(text)
  for scalar in line.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
    _ = scalar
    abort()  // a control character survived sanitizing
  }
  _ = DisplayText.width(of: clean)
  _ = DisplayText.truncate(line, to: columns)
  let lines = DisplayText.wrap(clean, width: columns)
  var grid = Grid(size: Size(width: max(columns, 1), height: 4))
  for (row, piece) in lines.prefix(6).enumerated() {
    _ = grid.put(piece, x: offset, y: row - 1, maxWidth: columns)
  }
  _ = grid.put(line, x: offset, y: 0)
  _ = grid.lines
  return 0
}
