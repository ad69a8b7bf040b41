import CronicaModel
import CronicaUI

/// The curses attributes a cell is drawn with, as the bit flags `cn_put_cell` understands.
public struct CellAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let bold = CellAttributes(rawValue: 1)
  public static let dim = CellAttributes(rawValue: 2)
  public static let underline = CellAttributes(rawValue: 4)
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
    for scalar in symbol.unicodeScalars where scalar.isControlCharacter { return "?" }
    return symbol
  }

  /// The most scalars curses keeps in one cell (`CCHARW_MAX` of ncurses).
  static let cellScalarLimit = 5

  /// What to draw for a cell's grapheme, one string per terminal column it covers.
  ///
  /// curses keeps one spacing character per cell and at most `cellScalarLimit` scalars, so it
  /// would split an emoji ZWJ sequence (👩‍💻), a flag (🇲🇽) or a skin-toned emoji into parts.
  /// Such a cluster is replaced as a whole instead: a flag by its two letters (`MX`), anything
  /// else by `�` (and a blank for its second column). `wide` says the cluster covers two columns.
  static func columns(for symbol: String, wide: Bool) -> [String] {
    let safe = safe(symbol)
    let scalars = Array(safe.unicodeScalars)
    let joined =
      scalars.count > cellScalarLimit
      || scalars.dropFirst().contains { scalar in
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return false
        case .format: return scalar.value == 0x200D  // a zero-width joiner joins two pictures
        default: return true  // a second spacing character (a flag's letter, a skin tone)
        }
      }
    guard joined else { return [safe] }
    if scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) {
      let letters = scalars.compactMap { Unicode.Scalar($0.value - 0x1F1E6 + 65).map(String.init) }
      return wide ? letters : [letters[0]]
    }
    return wide ? ["\u{FFFD}", " "] : ["\u{FFFD}"]
  }
}
