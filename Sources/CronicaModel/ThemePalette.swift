/// The colours themes are drawn in, shared by the browser and the picture exports (SVG, HTML).
///
/// The first seven are Okabe and Ito's colour-blind-safe set, the next seven Paul Tol's "muted"
/// colours that differ from them; they also differ in lightness, so neighbours stay apart in
/// greyscale print. A taxonomy with more themes than colours cycles through them again with the
/// next `variant` (the browser adds an attribute, a picture a dash pattern), so no two themes share
/// both colour and variant until 14 × 3 themes.
public struct ThemeColor: Hashable, Sendable {
  /// `#RRGGBB`, for SVG and HTML.
  public let hex: String
  /// The nearest colour of the xterm 256-colour cube, for terminals with 256 colours.
  public let xterm256: UInt8
  /// The nearest of the eight basic terminal colours (0 black … 7 white, curses order).
  public let basic: UInt8
  /// 0 for the first cycle through the palette, 1 and 2 after it.
  public let variant: Int
}

public enum ThemePalette {
  private static let colors: [(hex: String, xterm256: UInt8, basic: UInt8)] = [
    ("#E69F00", 214, 3),  // orange
    ("#56B4E9", 74, 6),  // sky blue
    ("#009E73", 36, 2),  // bluish green
    ("#F0E442", 227, 3),  // yellow
    ("#0072B2", 25, 4),  // blue
    ("#D55E00", 166, 1),  // vermilion
    ("#CC79A7", 175, 5),  // reddish purple
    ("#882255", 89, 5),  // wine
    ("#44AA99", 72, 6),  // teal
    ("#999933", 142, 2),  // olive
    ("#88CCEE", 117, 6),  // cyan
    ("#DDCC77", 186, 3),  // sand
    ("#AA4499", 133, 5),  // purple
    ("#117733", 29, 2),  // green
  ]

  /// How many distinct colours there are before `variant` changes.
  public static var count: Int { colors.count }

  /// The colour of the theme at `position` in the taxonomy.
  public static func color(forTheme position: Int) -> ThemeColor {
    let index = max(0, position)
    let entry = colors[index % colors.count]
    return ThemeColor(
      hex: entry.hex, xterm256: entry.xterm256, basic: entry.basic, variant: (index / colors.count) % 3)
  }

  /// The colour of events without a theme, and of axes and labels: neutral grey.
  public static let neutral = ThemeColor(hex: "#777777", xterm256: 243, basic: 7, variant: 0)
}
