import CronicaModel

public struct Span: Hashable, Sendable {
  /// The text (sanitized when drawn).
  public var text: String
  public var style: Style
  /// True when search matches in it are highlighted.
  public var searchable: Bool

  public init(_ text: String, _ style: Style = .plain, searchable: Bool = false) {
    self.text = text
    self.style = style
    self.searchable = searchable
  }
}

extension Span {
  /// Spans cut to a width: when they do not fit, the text stops one column short and `…` ends it.
  static func fit(_ spans: [Span], to width: Int) -> [Span] {
    let widths = spans.map { DisplayText.width(of: DisplayText.sanitizedLine($0.text)) }
    guard widths.reduce(0, +) > width else { return spans }
    var result: [Span] = []
    var used = 0
    for (span, spanWidth) in zip(spans, widths) {
      if used + spanWidth <= width - 1 {
        result.append(span)
        used += spanWidth
        continue
      }
      var cut = span
      cut.text = DisplayText.cut(DisplayText.sanitizedLine(span.text), to: width - used)
      result.append(cut)
      break
    }
    return result
  }
}

/// The styles the views share, chosen to stay distinguishable without colour.
enum Styles {
  static let heading = Style(bold: true)
  static let selected = Style(reverse: true)
  static let dim = Style(dim: true)
  static let status = Style(reverse: true)
  static let error = Style(foreground: .red, bold: true)
  static let cited = Style(foreground: .cyan, underline: true)
  static let current = Style(foreground: .yellow, bold: true, reverse: true)
  /// The search hit being looked at (in the reader): reversed, as less shows it.
  static let currentHit = Style(bold: true, underline: true, reverse: true)

  /// A search match inside text of a style: underlined and bold (and yellow when colour shows).
  static func match(_ base: Style) -> Style {
    var style = base
    style.underline = true
    style.bold = true
    if !base.reverse { style.foreground = .yellow }
    return style
  }
}

/// Finds search matches in displayed text the way the index does (case and accents ignored).
enum SearchHighlight {
  /// The folded form of a needle, as characters; empty when there is nothing to highlight.
  static func needle(_ search: String) -> [Character] {
    Array(TextFolding.fold(search))
  }

  /// The character ranges of `text` whose folded form equals the needle.
  static func ranges(in text: [Character], needle: [Character]) -> [Range<Int>] {
    guard !needle.isEmpty, !text.isEmpty else { return [] }
    var folded: [Character] = []
    var origin: [Int] = []
    folded.reserveCapacity(text.count)
    for (index, character) in text.enumerated() {
      let mapped: [Character] =
        character.isASCII ? [Character(character.lowercased())] : Array(TextFolding.fold(String(character)))
      for each in mapped {
        folded.append(each)
        origin.append(index)
      }
    }
    var result: [Range<Int>] = []
    var start = 0
    while start + needle.count <= folded.count {
      if folded[start] == needle[0], Array(folded[start..<(start + needle.count)]) == needle {
        result.append(origin[start]..<(origin[start + needle.count - 1] + 1))
        start += needle.count
      } else {
        start += 1
      }
    }
    return result
  }
}

extension Grid {
  /// Draws spans on one row from `x`, clipped to `width` columns; search matches highlighted.
  /// - Returns: the number of columns written.
  @discardableResult
  mutating func draw(_ spans: [Span], x: Int, y: Int, width: Int, needle: [Character] = [], fill: Style? = nil) -> Int {
    guard width > 0 else { return 0 }
    if let fill { self.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(symbol: " ", style: fill)) }
    var column = 0
    for span in Span.fit(spans, to: width) {
      guard column < width else { break }
      let characters = Array(DisplayText.sanitizedLine(span.text))
      let matches = span.searchable ? SearchHighlight.ranges(in: characters, needle: needle) : []
      if matches.isEmpty {
        column += put(String(characters), x: x + column, y: y, style: span.style, maxWidth: width - column)
        continue
      }
      var matchIndex = 0
      for (index, character) in characters.enumerated() {
        guard column < width else { break }
        while matchIndex < matches.count, matches[matchIndex].upperBound <= index { matchIndex += 1 }
        let inMatch = matchIndex < matches.count && matches[matchIndex].contains(index)
        let style = inMatch ? Styles.match(span.style) : span.style
        column += put(String(character), x: x + column, y: y, style: style, maxWidth: width - column)
      }
    }
    return column
  }

  /// Draws a box border around a rectangle, with a title in the top edge.
  mutating func box(_ rect: Rect, title: String) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let right = rect.x + rect.width - 1
    let bottom = rect.y + rect.height - 1
    fill(rect, with: .blank)
    for x in rect.x...right {
      self[x, rect.y] = Cell(symbol: "─")
      self[x, bottom] = Cell(symbol: "─")
    }
    for y in rect.y...bottom {
      self[rect.x, y] = Cell(symbol: "│")
      self[right, y] = Cell(symbol: "│")
    }
    self[rect.x, rect.y] = Cell(symbol: "┌")
    self[right, rect.y] = Cell(symbol: "┐")
    self[rect.x, bottom] = Cell(symbol: "└")
    self[right, bottom] = Cell(symbol: "┘")
    put(" " + title + " ", x: rect.x + 2, y: rect.y, style: Styles.heading, maxWidth: max(0, rect.width - 4))
  }
}
