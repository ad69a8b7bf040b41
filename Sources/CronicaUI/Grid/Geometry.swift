/// A terminal size in columns and rows. Either may be zero.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }
  public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells. Empty when width or height is zero; never negative.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }
  public var isEmpty: Bool { width == 0 || height == 0 }
}
