import CronicaUI

/// The curses attributes a cell is drawn with, as the bit flags `cn_put_cell` understands.
public struct CellAttributes: OptionSet, Hashable, Sendable {
  /// The flag bits.
  public let rawValue: UInt32
  /// Creates attributes from `cn_put_cell` flag bits.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// `A_BOLD`.
  public static let bold = CellAttributes(rawValue: 1)
  /// `A_DIM`.
  public static let dim = CellAttributes(rawValue: 2)
  /// `A_UNDERLINE`.
  public static let underline = CellAttributes(rawValue: 4)
  /// `A_REVERSE`.
  public static let reverse = CellAttributes(rawValue: 8)

  /// The attributes of a style; colours are handled by `ColorPalette`, so these survive NO_COLOR.
  public init(_ style: Style) {
    var attributes: CellAttributes = []
    if style.bold { attributes.insert(.bold) }
    if style.dim { attributes.insert(.dim) }
    if style.underline { attributes.insert(.underline) }
    if style.reverse { attributes.insert(.reverse) }
    self = attributes
  }
}

/// What the backend puts in a cell: the symbol made safe for the terminal.
enum CellSymbol {
  /// The symbol to draw: `?` when any scalar is a C0 or C1 control or DEL, a space when empty.
  ///
  /// CronicaUI sanitizes text already; this is the backend's second line of defence.
  static func safe(_ symbol: String) -> String {
    if symbol.isEmpty { return " " }
    for scalar in symbol.unicodeScalars where isControl(scalar.value) { return "?" }
    return symbol
  }

  /// True for C0 controls, DEL and C1 controls.
  static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }
}
