import CronicaUI
import Foundation

/// libFuzzer entry: the key decoder. Each 10-byte record is a status, a code, a size and a mouse report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var index = 0
  func next32() -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 where index < size {
      value = value << 8 | UInt32(data[index])
      index += 1
    }
    return value
  }
  while index < size {
    let statusByte = data[index]
    index += 1
    let status: ReadStatus = statusByte % 3 == 0 ? .none : (statusByte % 3 == 1 ? .character : .keyCode)
    let code = next32()
    let width = Int(Int16(truncatingIfNeeded: next32()))
    let mx = Int(Int32(bitPattern: next32()))
    let my = Int(Int32(bitPattern: next32()))
    let kinds: [MouseEvent.Kind?] = [nil, .wheelUp, .wheelDown, .press]
    let mouse = statusByte & 0x80 != 0 ? RawMouse(kind: kinds[Int(statusByte >> 4) % 4], x: mx, y: my) : nil
    _ = KeyDecoder.decode(status: status, code: code, size: Size(width: width, height: width / 3), mouse: mouse)
  }
  return 0
}
