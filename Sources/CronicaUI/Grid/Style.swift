/// A terminal colour: one of the eight basic ones (0–7, curses order) or an xterm 256-colour index.
public struct Color: Hashable, Sendable, CustomStringConvertible {
  /// The colour number: 0–7 are black, red, green, yellow, blue, magenta, cyan, white.
  public let index: UInt8

  /// The colour with this number (basic below 8, xterm's 256-colour cube and greys above).
  public init(index: UInt8) { self.index = index }

  public static let black = Color(index: 0)
  public static let red = Color(index: 1)
  public static let green = Color(index: 2)
  public static let yellow = Color(index: 3)
  public static let blue = Color(index: 4)
  public static let magenta = Color(index: 5)
  public static let cyan = Color(index: 6)
  public static let white = Color(index: 7)

  public static let basic: [Color] = (0..<8).map { Color(index: UInt8($0)) }

  /// True for the eight basic colours, which every colour terminal has.
  public var isBasic: Bool { index < 8 }

  /// `red` for a basic colour, `c214` for another.
  public var description: String {
    let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    return isBasic ? names[Int(index)] : "c\(index)"
  }
}

/// How a cell is drawn: colours and attributes.
///
/// Selection and highlights must stay visible without colour (NO_COLOR): always pair a colour with
/// an attribute (reverse, bold or underline) where the distinction matters.
public struct Style: Hashable, Sendable {
  /// Foreground colour; nil is the terminal's default.
  public var foreground: Color?
  /// Background colour; nil is the terminal's default.
  public var background: Color?
  public var bold: Bool
  public var dim: Bool
  public var underline: Bool
  public var reverse: Bool

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
    underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// The default style: terminal colours, no attributes.
  public static let plain = Style()
}
