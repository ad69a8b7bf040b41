import CronicaUI

/// Assigns curses colour pairs to (foreground, background) combinations on demand.
///
/// Pair 0 is the terminal default. The eight foreground colours on the default background take
/// pairs 1–8; other combinations take the next free pair until the terminal runs out, after which
/// such cells fall back to attributes only. With colour off every cell uses pair 0.
public struct ColorPalette: Sendable {
  /// One colour combination; nil is the terminal default (`-1` with `use_default_colors`).
  public struct Combination: Hashable, Sendable {
    /// The text colour; nil for the terminal's default.
    public var foreground: Color?
    /// The background colour; nil for the terminal's default (so its own background shows).
    public var background: Color?
  }

  /// How many pairs the terminal offers (`COLOR_PAIRS`); 0 means no colour.
  public let capacity: Int
  public private(set) var pairs: [Combination: Int] = [:]
  /// Combinations that could not get a pair.
  private var refused: Set<Combination> = []

  /// Creates a palette for a terminal with `capacity` pairs (0 for no colour).
  public init(capacity: Int) { self.capacity = max(0, capacity) }

  /// True when cells may be coloured.
  public var usesColor: Bool { capacity > 1 }

  /// The combinations defined up front: each of the eight colours on the default background.
  public static let basic: [Combination] = Color.basic.map { Combination(foreground: $0, background: nil) }

  /// The pair for a style, defining a new pair through `define(pair, combination)` when needed.
  ///
  /// `define` returns false when curses refused the pair; the style then falls back to pair 0.
  public mutating func pair(for style: Style, define: (Int, Combination) -> Bool) -> Int {
    guard usesColor, style.foreground != nil || style.background != nil else { return 0 }
    let combination = Combination(foreground: style.foreground, background: style.background)
    if let pair = pairs[combination] { return pair }
    if refused.contains(combination) { return 0 }
    let next = pairs.count + 1
    guard next < capacity, define(next, combination) else {
      refused.insert(combination)
      return 0
    }
    pairs[combination] = next
    return next
  }
}
