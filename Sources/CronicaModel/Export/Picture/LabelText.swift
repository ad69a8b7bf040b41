/// One line of text for a picture: control characters removed, line breaks made spaces, and its
/// width estimated so labels can be placed without measuring fonts.
///
/// The estimate follows a common sans-serif (DejaVu Sans, Arial); the SVG draws every label with
/// `textLength` set to it, so the drawn box has exactly the estimated width in any font.
struct LabelText: Hashable, Sendable {
  let text: String
  let ems: Double

  /// The label for `raw`, cut with an ellipsis to at most `maxEms` (nil when not even one
  /// character and the ellipsis fit).
  init?(_ raw: String, maxEms: Double = .infinity) {
    var characters: [Character] = []
    var widths: [Double] = []
    var total = 0.0
    var pendingSpace = false
    for character in HTMLText.strippingControls(raw) {
      if character.isWhitespace {
        pendingSpace = !characters.isEmpty
        continue
      }
      if pendingSpace {
        characters.append(" ")
        widths.append(Self.ems(of: " "))
        total += Self.ems(of: " ")
        pendingSpace = false
      }
      characters.append(character)
      let width = Self.ems(of: character)
      widths.append(width)
      total += width
    }
    guard !characters.isEmpty else { return nil }
    if total <= maxEms {
      text = String(characters)
      ems = total
      return
    }
    let ellipsis = Self.ems(of: "…")
    var kept = 0
    var width = ellipsis
    while kept < characters.count, width + widths[kept] <= maxEms {
      width += widths[kept]
      kept += 1
    }
    while kept > 0, characters[kept - 1] == " " {
      kept -= 1
      width -= widths[kept]
    }
    guard kept > 0 else { return nil }
    text = String(characters[..<kept]) + "…"
    ems = width
  }

  init(number: Int) {
    text = String(number)
    ems = Double(text.count) * Self.ems(of: "0")
  }

  static func ems(of character: Character) -> Double {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if scalar.isASCII {
      switch scalar {
      case " ": return 0.32
      case "i", "j", "l", "I", ".", ",", ":", ";", "'", "|", "!", "`": return 0.3
      case "f", "t", "r", "(", ")", "[", "]", "{", "}", "-", "\"", "/", "\\": return 0.4
      case "m", "M", "W", "@", "%": return 0.92
      case "w": return 0.8
      case "A"..."Z", "&", "#": return 0.72
      case "0"..."9", "$", "?", "_", "+", "=", "<", ">", "~", "^", "*": return 0.64
      default: return 0.6
      }
    }
    let wide =
      ScalarWidth.width(of: scalar) == 2 || character.unicodeScalars.contains { $0.properties.isEmojiPresentation }
    return wide ? 1.1 : 0.68
  }
}
