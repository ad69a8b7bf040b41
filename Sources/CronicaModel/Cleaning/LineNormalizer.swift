/// Whitespace normalization: line endings, byte-order mark, spacing inside lines.
enum LineNormalizer {
  /// Splits text into trimmed lines with single spaces; blank lines come back as "".
  ///
  /// CRLF, CR, NEL and the Unicode line and paragraph separators become line breaks, a leading
  /// byte-order mark is dropped, tabs, no-break and other spacing characters become spaces, runs
  /// of spaces collapse to one, and control characters are removed. Words are never changed.
  static func lines(of text: String) -> [String] {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var pendingSpace = false
    var previousWasCR = false
    var atStart = true
    func finishLine() {
      lines.append(String(line))
      line = String.UnicodeScalarView()
      pendingSpace = false
    }
    for scalar in text.unicodeScalars {
      defer { atStart = false }
      if atStart && scalar == "\u{FEFF}" { continue }
      if scalar == "\n" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        if !previousWasCR { finishLine() }
        previousWasCR = false
        continue
      }
      previousWasCR = false
      if scalar == "\r" {
        finishLine()
        previousWasCR = true
        continue
      }
      if isSpacing(scalar) {
        pendingSpace = !line.isEmpty
        continue
      }
      if isControl(scalar) { continue }
      if pendingSpace {
        line.append(" ")
        pendingSpace = false
      }
      line.append(scalar)
    }
    finishLine()
    return lines
  }

  /// Joins non-empty lines as paragraphs separated by exactly one blank line.
  static func paragraphs(_ lines: [String]) -> String {
    lines.filter { !$0.isEmpty }.joined(separator: "\n\n")
  }

  /// Whether a scalar is only spacing: tab, space, no-break space and the Unicode space family.
  static func isSpacing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether a scalar is a control or invisible format character that has no place in text.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0xFEFF:
      return true
    default:
      return false
    }
  }
}
