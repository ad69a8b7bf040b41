/// One of the eight basic terminal colours, or the terminal's default.
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
  case black = 0, red, green, yellow, blue, magenta, cyan, white
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
