import CronicaModel

/// Safe, measured text for the screen: control characters made visible, widths in columns, wrapping.
///
/// Everything that came from content passes through here before it reaches a terminal or stdout.
public enum DisplayText {
  /// The visible stand-in for a control or formatting character, or nil when the scalar is safe.
  ///
  /// C0 controls become the Control Pictures (`␛` for ESC), DEL becomes `␡`, C1 controls and
  /// bidi overrides/isolates/marks become `�`.
  public static func placeholder(for scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    if scalar.isControlCharacter {
      if value < 0x20 { return String(Character(Unicode.Scalar(0x2400 + value) ?? "?")) }
      return value == 0x7F ? "\u{2421}" : "\u{FFFD}"
    }
    if scalar.isBidiControl { return "\u{FFFD}" }
    switch value {
    case 0xFFF9...0xFFFB, 0xFEFF, 0x2028, 0x2029: return "\u{FFFD}"
    default: return nil
    }
  }

  /// Text safe to print on one line: tabs and newlines become spaces, other controls placeholders.
  public static func sanitizedLine(_ text: String) -> String {
    sanitize(text, keepNewlines: false)
  }

  /// Text safe to print: controls become visible placeholders; newlines kept when asked.
  public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
    // Printable ASCII (the same test as on scalars: any other scalar has a byte outside the range),
    // read over the contiguous bytes: the UTF-8 view is read an index at a time.
    var copy = text
    if copy.withUTF8({ $0.allSatisfy { $0 &- 0x20 < 0x5F } }) { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if keepNewlines { result.append(scalar) } else { result.append(" ") }
      } else if scalar == "\t" {
        result.append(" ")
      } else if scalar == "\r" {
        continue
      } else if let stand = placeholder(for: scalar) {
        result.append(contentsOf: stand.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The number of terminal columns a grapheme occupies: 0, 1 or 2.
  public static func width(of character: Character) -> Int {
    if character.utf8.count == 1 { return 1 }  // ASCII (CR LF, two bytes, takes the long way)
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if first.properties.isEmojiPresentation { return 2 }
    let base = ScalarWidth.width(of: first)
    if base == 0 {
      // A cluster that starts with a combining mark still occupies a column when shown alone.
      return scalars.count > 1 || first.properties.generalCategory == .format ? 0 : 1
    }
    return base
  }

  /// The number of terminal columns a (sanitized) string occupies.
  public static func width(of text: String) -> Int {
    // ASCII but CR: one column per byte, as below, without the Unicode property look-ups.
    if text.isPlainASCII { return text.utf8.count }
    var total = 0
    for character in text { total += width(of: character) }
    return total
  }

  /// The longest prefix of `text` that fits in `columns`, with `…` when it was cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if width(of: text) <= columns { return text }
    return cut(text, to: columns)
  }

  /// The longest prefix of `text` that fits in `columns - 1`, then `…` (text that goes on).
  public static func cut(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let next = width(of: character)
      if used + next > columns - 1 { break }
      result.append(character)
      used += next
    }
    return result + "…"
  }

  /// Word-wraps text to lines of at most `columns` display columns; hard newlines are kept.
  ///
  /// Words longer than a line are broken. Always returns at least one line.
  public static func wrap(_ text: String, width columns: Int) -> [String] {
    let columns = max(1, columns)
    var lines: [String] = []
    for paragraph in sanitize(text).split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        var wordWidth = width(of: word)
        if lineWidth > 0, lineWidth + 1 + wordWidth <= columns {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        while wordWidth > columns {
          var head = ""
          var headWidth = 0
          var rest = Substring(word)
          while let character = rest.first, headWidth + width(of: character) <= columns {
            head.append(character)
            headWidth += width(of: character)
            rest = rest.dropFirst()
          }
          if head.isEmpty, let character = rest.first {
            head.append(character)
            rest = rest.dropFirst()
          }
          lines.append(head)
          word = String(rest)
          wordWidth = width(of: word)
        }
        line = word
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines.isEmpty ? [""] : lines
  }
}
