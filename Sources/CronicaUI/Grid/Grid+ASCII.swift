import Foundation

extension Grid {
  /// Redraws every cell in ASCII, for terminals whose locale is not UTF-8: accents dropped
  /// (`Mérida` → `Merida`), lines and the strip in ASCII, `>` for the cursor, `~` where text is
  /// cut (as tig does). A wide character becomes two ASCII cells; a flag its two letters.
  public mutating func transliterateToASCII() {
    for y in 0..<height {
      var x = 0
      while x < width {
        let cell = self[x, y]
        let symbol = cell.symbol
        if symbol.isEmpty || symbol.utf8.allSatisfy({ $0 < 0x80 }) {
          if symbol.isEmpty { self[x, y] = Cell(symbol: "?", style: cell.style) }
          x += 1
          continue
        }
        let wide = x + 1 < width && self[x + 1, y].isContinuation
        let replacement = Self.ascii(for: symbol, columns: wide ? 2 : 1)
        self[x, y] = Cell(symbol: String(replacement[replacement.startIndex]), style: cell.style)
        if wide {
          self[x + 1, y] = Cell(symbol: String(replacement.dropFirst().first ?? " "), style: self[x + 1, y].style)
        }
        x += wide ? 2 : 1
      }
    }
  }

  static let asciiSymbols: [Character: Character] = [
    "─": "-", "━": "=", "═": "=", "│": "|", "┃": "|", "║": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
    "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+", "▸": ">", "▶": ">", "◂": "<", "★": "*", "☆": "*",
    "◇": "o", "◆": "o", "…": "~", "·": ".", "•": "*", "–": "-", "—": "-", "‒": "-", "−": "-", "“": "\"",
    "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'", "«": "\"", "»": "\"", "↓": "v", "↑": "^", "↗": ">",
    "→": ">", "←": "<", "×": "x", "▁": "_", "▂": "-", "▃": "=", "▄": "+", "▅": "*", "▆": "%", "▇": "#",
    "█": "@", "ß": "s", "æ": "a", "Æ": "A", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "þ": "t", "Þ": "T", "œ": "o", "Œ": "O", "ı": "i", "\u{00A0}": " ",
  ]

  /// The ASCII stand-in of one grapheme, `columns` characters long.
  static func ascii(for symbol: String, columns: Int) -> String {
    var text: String
    if let first = symbol.first, let mapped = asciiSymbols[first], symbol.count == 1 {
      text = String(mapped)
    } else if symbol.unicodeScalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) {
      // A flag: its two regional-indicator letters (🇲🇽 → MX).
      text = String(symbol.unicodeScalars.compactMap { Unicode.Scalar($0.value - 0x1F1E6 + 65).map(Character.init) })
    } else {
      let folded = symbol.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
      text = String(folded.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }.map(Character.init))
    }
    if text.isEmpty { text = "?" }
    if text.count < columns { text += String(repeating: text == "?" ? "?" : " ", count: columns - text.count) }
    return String(text.prefix(columns))
  }
}
