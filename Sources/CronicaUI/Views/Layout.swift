/// Where things go on the screen for a size: total for every size, including 0×0.
public struct Layout: Hashable, Sendable {
  /// The smallest screen the browser draws its views on; below it a short note is shown.
  public static let minimum = Size(width: 20, height: 5)
  /// The width from which the detail sits beside the list.
  public static let splitWidth = 100

  /// The whole screen.
  public var screen: Rect
  /// True when the screen is below `minimum`.
  public var isTooSmall: Bool
  /// The year strip (top row).
  public var strip: Rect
  /// The area between the strip and the status line.
  public var body: Rect
  /// The list part of the body (the whole body when narrow).
  public var list: Rect
  /// The detail pane beside the list (empty when narrow).
  public var side: Rect
  /// The status line.
  public var status: Rect
  /// The message / prompt line (bottom row).
  public var message: Rect

  /// Computes the layout of a screen; `bands` gives the year strip a second row (era bands)
  /// when the screen has a row to spare beyond the minimum.
  public init(size: Size, bands: Bool = false) {
    let width = size.width
    let height = size.height
    screen = Rect(x: 0, y: 0, width: width, height: height)
    isTooSmall = width < Layout.minimum.width || height < Layout.minimum.height
    let stripHeight = bands && height > Layout.minimum.height ? 2 : 1
    strip = Rect(x: 0, y: 0, width: width, height: min(stripHeight, height))
    body = Rect(x: 0, y: stripHeight, width: width, height: max(0, height - 2 - stripHeight))
    status = Rect(x: 0, y: max(0, height - 2), width: width, height: height >= 2 ? 1 : 0)
    message = Rect(x: 0, y: max(0, height - 1), width: width, height: height >= 1 ? 1 : 0)
    if width >= Layout.splitWidth {
      let listWidth = width * 11 / 20
      list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
      side = Rect(x: listWidth + 1, y: body.y, width: width - listWidth - 1, height: body.height)
    } else {
      list = body
      side = Rect(x: width, y: body.y, width: 0, height: body.height)
    }
  }

  /// The full-screen area for views without a strip (reader, sources, help): all but the bottom two rows.
  public var page: Rect { Rect(x: 0, y: 0, width: screen.width, height: max(0, screen.height - 2)) }
}
