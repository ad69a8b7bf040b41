/// Where things go on the screen for a size: total for every size, including 0×0.
public struct Layout: Hashable, Sendable {
  /// The smallest screen the browser draws its views on; below it a short note is shown.
  public static let minimum = Size(width: 20, height: 5)
  /// The width from which the detail sits beside the list unless toggled (`v`): below it the
  /// list's titles would be cut.
  public static let splitWidth = 140
  /// The narrowest screen the detail pane can sit beside the list on, even when asked for (`v`).
  public static let sideMinimumWidth = 40
  /// The height from which the year strip has a row of year labels under it.
  public static let axisHeight = 16
  /// The height from which a titled timeline shows its title and introduction above the list.
  public static let headerHeight = 12

  public var screen: Rect
  /// True when the screen is below `minimum`.
  public var isTooSmall: Bool
  /// The year strip: its bars, then year labels and era bands when they have rows.
  public var strip: Rect
  /// The row of year labels under the strip's bars (empty when there is no room).
  public var axis: Rect
  /// The row of era bands (empty without eras or room).
  public var bands: Rect
  /// A titled timeline's title and introduction (empty otherwise).
  public var header: Rect
  /// The area between the strip (and header) and the status line.
  public var body: Rect
  /// The list part of the body (the whole body when narrow).
  public var list: Rect
  /// The detail pane beside the list (empty when it is not shown).
  public var side: Rect
  public var status: Rect
  /// The message / prompt line (bottom row).
  public var message: Rect

  /// - Parameters:
  ///   - bands: the corpus has eras, drawn as bands under the strip when there is a row to spare.
  ///   - header: the corpus has a title, shown above the list on screens tall enough.
  ///   - side: whether the detail pane shows (nil: from `splitWidth` columns on).
  public init(size: Size, bands: Bool = false, header: Bool = false, side: Bool? = nil) {
    let width = size.width
    let height = size.height
    screen = Rect(x: 0, y: 0, width: width, height: height)
    isTooSmall = width < Layout.minimum.width || height < Layout.minimum.height
    let axisRows = height >= Layout.axisHeight ? 1 : 0
    let bandRows = bands && height > Layout.minimum.height ? 1 : 0
    let stripHeight = min(1 + axisRows + bandRows, height)
    strip = Rect(x: 0, y: 0, width: width, height: stripHeight)
    axis = Rect(x: 0, y: 1, width: width, height: axisRows)
    self.bands = Rect(x: 0, y: 1 + axisRows, width: width, height: bandRows)
    let headerRows = header && height >= Layout.headerHeight ? 2 : 0
    self.header = Rect(x: 0, y: stripHeight, width: width, height: headerRows)
    let top = stripHeight + headerRows
    body = Rect(x: 0, y: top, width: width, height: max(0, height - 2 - top))
    status = Rect(x: 0, y: max(0, height - 2), width: width, height: height >= 2 ? 1 : 0)
    message = Rect(x: 0, y: max(0, height - 1), width: width, height: height >= 1 ? 1 : 0)
    if side ?? (width >= Layout.splitWidth), width >= Layout.sideMinimumWidth {
      let listWidth = width * 11 / 20
      list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
      self.side = Rect(x: listWidth + 1, y: body.y, width: width - listWidth - 1, height: body.height)
    } else {
      list = body
      self.side = Rect(x: width, y: body.y, width: 0, height: body.height)
    }
  }

  /// The full-screen area for views without a strip (reader, sources, help): all but the bottom two rows.
  public var page: Rect { Rect(x: 0, y: 0, width: screen.width, height: max(0, screen.height - 2)) }
}
