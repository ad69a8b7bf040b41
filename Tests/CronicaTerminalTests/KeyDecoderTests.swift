import CronicaUI
import Testing

@testable import CronicaTerminal

@Suite("KeyDecoder")
struct KeyDecoderTests {
  static let codes = KeyCodes.curses

  /// Characters read with OK, and what they mean.
  static let characterTable: [(UInt32, Key?)] = [
    (13, .enter), (10, .enter), (127, .backspace), (8, .backspace), (9, .tab), (27, .escape),
    (1, .ctrl("a")), (3, .ctrl("c")), (4, .ctrl("d")), (21, .ctrl("u")), (26, .ctrl("z")),
    (0, nil), (28, nil), (31, nil), (0x85, nil), (0x9B, nil),
    (32, .char(" ")), (0x71, .char("q")), (0x51, .char("Q")), (0x2F, .char("/")), (0x3F, .char("?")),
    (0xE9, .char("é")), (0x4E2D, .char("中")), (0x1F600, .char("😀")),
    (0xD800, nil),  // a lone surrogate is not a scalar
  ]

  @Test("characters decode to keys", arguments: characterTable)
  func characters(code: UInt32, expected: Key?) {
    #expect(KeyDecoder.decode(status: .character, code: code) == expected.map(InputEvent.key))
  }

  /// Function keys read with KEY_CODE_YES.
  static let keyCodeTable: [(UInt32, Key)] = [
    (codes.up, .up), (codes.down, .down), (codes.left, .left), (codes.right, .right),
    (codes.pageUp, .pageUp), (codes.pageDown, .pageDown), (codes.home, .home), (codes.end, .end),
    (codes.keypadHome, .home), (codes.keypadEnd, .end), (codes.keypadPageUp, .pageUp),
    (codes.keypadPageDown, .pageDown), (codes.enter, .enter), (codes.backspace, .backspace),
    (codes.delete, .delete), (codes.backTab, .backTab), (codes.f0 + 1, .function(1)),
    (codes.f0 + 12, .function(12)), (codes.f0 + 63, .function(63)),
  ]

  @Test("key codes decode to keys", arguments: keyCodeTable)
  func keyCodes(code: UInt32, expected: Key) {
    #expect(KeyDecoder.decode(status: .keyCode, code: code) == .key(expected))
  }

  @Test("the KEY_* values are the ncurses ones")
  func cursesValues() {
    let codes = KeyCodes.curses
    #expect(codes.down == 0o402)
    #expect(codes.up == 0o403)
    #expect(codes.backspace == 0o407)
    #expect(codes.f0 == 0o410)
    #expect(codes.enter == 0o527)
    #expect(codes.mouse == 0o631)
    #expect(codes.resize == 0o632)
  }

  @Test("unknown key codes and F0 decode to nothing")
  func unknownKeyCodes() {
    #expect(KeyDecoder.decode(status: .keyCode, code: Self.codes.f0) == nil)
    #expect(KeyDecoder.decode(status: .keyCode, code: Self.codes.f0 + 64) == nil)
    #expect(KeyDecoder.decode(status: .keyCode, code: 0o777) == nil)
    #expect(KeyDecoder.decode(status: .none, code: 0x71) == nil)
  }

  @Test("KEY_RESIZE carries the current size")
  func resize() {
    let size = Size(width: 132, height: 43)
    #expect(KeyDecoder.decode(status: .keyCode, code: Self.codes.resize, size: size) == .resize(size))
  }

  @Test("KEY_MOUSE decodes the mouse report", arguments: [MouseEvent.Kind.press, .wheelUp, .wheelDown])
  func mouse(kind: MouseEvent.Kind) {
    let report = RawMouse(kind: kind, x: 7, y: 3)
    let event = KeyDecoder.decode(status: .keyCode, code: Self.codes.mouse, mouse: report)
    #expect(event == .mouse(MouseEvent(kind: kind, x: 7, y: 3)))
  }

  @Test("a mouse report the UI ignores, or none, decodes to nothing")
  func ignoredMouse() {
    let release = RawMouse(kind: nil, x: 1, y: 1)
    #expect(KeyDecoder.decode(status: .keyCode, code: Self.codes.mouse, mouse: release) == nil)
    #expect(KeyDecoder.decode(status: .keyCode, code: Self.codes.mouse) == nil)
  }
}
