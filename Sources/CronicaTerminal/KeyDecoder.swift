import CNcurses
import CronicaUI

/// What one `wget_wch` call returned.
public enum ReadStatus: Hashable, Sendable {
  /// A character (`OK`): the code is a Unicode scalar value.
  case character
  /// A function key (`KEY_CODE_YES`): the code is one of the `KEY_*` values.
  case keyCode
  /// No input before the timeout (`ERR`).
  case none
}

/// What `getmouse` reported, already reduced to the actions the UI understands.
public struct RawMouse: Hashable, Sendable {
  /// The mouse action, or nil for one the UI ignores (a release, a middle click…).
  public var kind: MouseEvent.Kind?
  public var x: Int
  public var y: Int
}

/// The `KEY_*` codes of the ncurses this program links (octal constants in `curses.h`).
public struct KeyCodes: Hashable, Sendable {
  /// `KEY_UP`, `KEY_DOWN`, `KEY_LEFT`, `KEY_RIGHT`, `KEY_PPAGE`, `KEY_NPAGE`, `KEY_HOME`, `KEY_END`.
  public var up, down, left, right, pageUp, pageDown, home, end: UInt32
  /// `KEY_ENTER`, `KEY_BACKSPACE`, `KEY_DC`, `KEY_BTAB`, `KEY_F0`, `KEY_MOUSE`, `KEY_RESIZE`.
  public var enter, backspace, delete, backTab, f0, mouse, resize: UInt32
  /// The keypad's corner keys `KEY_A1`, `KEY_C1`, `KEY_A3`, `KEY_C3` (Home, End, PgUp, PgDn).
  public var keypadHome, keypadEnd, keypadPageUp, keypadPageDown: UInt32

  /// The codes read from the linked ncurses headers.
  public static let curses: KeyCodes = {
    let raw = cn_get_keycodes()
    return KeyCodes(
      up: UInt32(raw.up), down: UInt32(raw.down), left: UInt32(raw.left), right: UInt32(raw.right),
      pageUp: UInt32(raw.page_up), pageDown: UInt32(raw.page_down), home: UInt32(raw.home),
      end: UInt32(raw.end), enter: UInt32(raw.enter), backspace: UInt32(raw.backspace),
      delete: UInt32(raw.delete_char), backTab: UInt32(raw.back_tab), f0: UInt32(raw.f0),
      mouse: UInt32(raw.mouse), resize: UInt32(raw.resize), keypadHome: UInt32(raw.keypad_home),
      keypadEnd: UInt32(raw.keypad_end), keypadPageUp: UInt32(raw.keypad_page_up),
      keypadPageDown: UInt32(raw.keypad_page_down))
  }()
}

/// Turns raw `wget_wch` results into terminal-independent input events.
///
/// A pure function: the loop passes the current size (for `KEY_RESIZE`) and the mouse report
/// (for `KEY_MOUSE`), so decoding is tested with tables and no terminal.
public enum KeyDecoder {
  /// The highest function key number decoded (`KEY_F(63)` is the last ncurses defines).
  static let maxFunctionKey: UInt32 = 63

  /// Decodes one read; nil for no input or a code the UI has no use for.
  public static func decode(
    status: ReadStatus, code: UInt32, size: Size = Size(width: 0, height: 0), mouse: RawMouse? = nil,
    codes: KeyCodes = .curses
  ) -> InputEvent? {
    switch status {
    case .none: return nil
    case .character: return decodeCharacter(code).map(InputEvent.key)
    case .keyCode: return decodeKeyCode(code, size: size, mouse: mouse, codes: codes)
    }
  }

  /// A character read with `OK`: controls become named keys, printable scalars become `.char`.
  static func decodeCharacter(_ code: UInt32) -> Key? {
    switch code {
    case 13, 10: return .enter
    case 127, 8: return .backspace
    case 9: return .tab
    case 27: return .escape
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
    case 0..<32, 0x80...0x9F: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// A function key read with `KEY_CODE_YES`.
  static func decodeKeyCode(_ code: UInt32, size: Size, mouse: RawMouse?, codes: KeyCodes) -> InputEvent? {
    let named: [UInt32: Key] = [
      codes.up: .up, codes.down: .down, codes.left: .left, codes.right: .right,
      codes.pageUp: .pageUp, codes.pageDown: .pageDown, codes.home: .home, codes.end: .end,
      codes.keypadHome: .home, codes.keypadEnd: .end, codes.keypadPageUp: .pageUp,
      codes.keypadPageDown: .pageDown, codes.enter: .enter, codes.backspace: .backspace,
      codes.delete: .delete, codes.backTab: .backTab,
    ]
    if let key = named[code] { return .key(key) }
    if code == codes.resize { return .resize(size) }
    if code == codes.mouse {
      guard let mouse, let kind = mouse.kind else { return nil }
      return .mouse(MouseEvent(kind: kind, x: mouse.x, y: mouse.y))
    }
    if code > codes.f0, code <= codes.f0 + maxFunctionKey { return .key(.function(Int(code - codes.f0))) }
    return nil
  }
}
