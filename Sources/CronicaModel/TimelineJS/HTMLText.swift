/// Converts the HTML found in TimelineJS text fields to safe plain text.
///
/// Tags are removed, `<br>` and block tags (`<p>`, `<div>`, `<li>`…) become line breaks, link
/// text is kept (with its http/https address in parentheses when that differs from the text),
/// `<script>`/`<style>` content and comments are dropped, entities are decoded (named and
/// numeric), and control characters, bidirectional overrides and invalid code points are removed.
public enum HTMLText {
  /// The plain text of an HTML fragment: paragraphs separated by one blank line, no control characters.
  public static func plainText(_ html: String) -> String {
    if !html.utf8.contains(UInt8(ascii: "<")), !html.utf8.contains(UInt8(ascii: "&")) {
      return normalize(html.unicodeScalars)
    }
    var scanner = Scanner(scalars: Array(html.unicodeScalars))
    scanner.run()
    return normalize(scanner.output)
  }

  /// Removes control characters (except line breaks), bidirectional controls and noncharacters.
  /// A tab becomes a space, so the words on either side of it stay apart.
  public static func strippingControls(_ text: String) -> String {
    // Printable ASCII and line feeds only (nearly every field): every scalar is kept as it is.
    if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A }) { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(" ")
      } else if isAllowed(scalar) || scalar == "\n" {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// True for scalars that are safe to show: not C0/C1 controls, bidi overrides or noncharacters.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isControlCharacter || scalar.isBidiControl { return false }
    return !(0xFDD0...0xFDEF).contains(scalar.value) && scalar.value & 0xFFFE != 0xFFFE
  }

  /// A marker for a line break we insert (source newlines are plain whitespace in HTML).
  static let breakMarker: Unicode.Scalar = "\u{E000}"

  /// Collapses whitespace runs, turns markers into line breaks, keeps at most one blank line.
  static func normalize<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var pendingSpace = false
    func endLine() {
      lines.append(String(line))
      line = String.UnicodeScalarView()
      pendingSpace = false
    }
    for scalar in scalars {
      if scalar == breakMarker {
        endLine()
      } else if scalar.properties.isWhitespace || scalar == "\u{A0}" {
        pendingSpace = !line.isEmpty
      } else if isAllowed(scalar) {
        if pendingSpace { line.append(" ") }
        pendingSpace = false
        line.append(scalar)
      }
    }
    endLine()
    var result: [String] = []
    var blank = 0
    for text in lines {
      if text.isEmpty {
        blank += 1
        continue
      }
      if !result.isEmpty { result.append(blank > 0 ? "\n\n" : "\n") }
      result.append(text)
      blank = 0
    }
    return result.joined()
  }

  /// Walks the HTML once, writing text and break markers.
  struct Scanner {
    let scalars: [Unicode.Scalar]
    var index = 0
    var output: [Unicode.Scalar] = []
    /// Link addresses of open `<a>` tags, with the output position where their text began.
    var links: [(href: String?, start: Int)] = []

    static let blockTags: Set<String> = [
      "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section",
      "article", "header", "footer", "pre", "hr", "dd", "dt", "dl", "figure", "figcaption",
    ]

    mutating func run() {
      while index < scalars.count {
        let scalar = scalars[index]
        if scalar == "<" {
          tag()
        } else if scalar == "&" {
          entity()
        } else {
          output.append(scalar)
          index += 1
        }
      }
    }

    func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII && scalar.properties.isAlphabetic
    }

    /// Handles `<…>`: tags, comments, declarations; a lone `<` stays text.
    mutating func tag() {
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      if next == "!" || next == "?" {
        if starts(with: "<!--", at: index) {
          index = find("-->", from: index + 4).map { $0 + 3 } ?? scalars.count
        } else {
          index = find(">", from: index).map { $0 + 1 } ?? scalars.count
        }
        return
      }
      let closing = next == "/"
      let nameStart = index + (closing ? 2 : 1)
      guard nameStart < scalars.count, isNameStart(scalars[nameStart]) else {
        output.append("<")
        index += 1
        return
      }
      var end = nameStart
      while end < scalars.count, scalars[end].isASCII,
        scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end])
      {
        end += 1
      }
      let name = String(String.UnicodeScalarView(scalars[nameStart..<end])).lowercased()
      let close = tagEnd(from: end)
      let attributes = String(String.UnicodeScalarView(scalars[end..<min(close, scalars.count)]))
      index = min(close + 1, scalars.count)
      if !closing, name == "script" || name == "style" || name == "template" {
        index = findCaseInsensitive("</" + name, from: index).map { tagEnd(from: $0) + 1 } ?? scalars.count
        index = min(index, scalars.count)
        return
      }
      if name == "br" {
        output.append(HTMLText.breakMarker)
      } else if name == "li" {
        if !closing {
          output.append(HTMLText.breakMarker)
          output.append(contentsOf: "• ".unicodeScalars)
        }
      } else if Scanner.blockTags.contains(name) {
        output.append(HTMLText.breakMarker)
        output.append(HTMLText.breakMarker)
      } else if name == "a" {
        if closing {
          closeLink()
        } else {
          links.append((Scanner.attribute("href", in: attributes), output.count))
        }
      }
    }

    /// Appends the address of the closing link when it adds information.
    mutating func closeLink() {
      guard let link = links.popLast(), let href = link.href else { return }
      let decoded = HTMLText.plainText(href)
      let lower = decoded.lowercased()
      guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return }
      let shown = String(String.UnicodeScalarView(output[min(link.start, output.count)...]))
      if shown.trimmedText != decoded { output.append(contentsOf: " (\(decoded))".unicodeScalars) }
    }

    /// The index of the `>` that ends a tag, skipping quoted attribute values.
    func tagEnd(from start: Int) -> Int {
      var position = start
      var quote: Unicode.Scalar?
      while position < scalars.count {
        let scalar = scalars[position]
        if let open = quote {
          if scalar == open { quote = nil }
        } else if scalar == "\"" || scalar == "'" {
          quote = scalar
        } else if scalar == ">" {
          return position
        }
        position += 1
      }
      return scalars.count
    }

    /// The value of one attribute in a tag's attribute text.
    static func attribute(_ name: String, in text: String) -> String? {
      let scalars = Array(text.unicodeScalars)
      let lower = Array(text.lowercased().unicodeScalars)
      guard lower.count == scalars.count else { return nil }
      let key = Array(name.unicodeScalars)
      var position = 0
      while position + key.count < lower.count {
        if Array(lower[position..<position + key.count]) == key,
          position == 0 || lower[position - 1].properties.isWhitespace
        {
          var cursor = position + key.count
          while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
          guard cursor < scalars.count, scalars[cursor] == "=" else {
            position += 1
            continue
          }
          cursor += 1
          while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
          guard cursor < scalars.count else { return nil }
          let quote = scalars[cursor]
          if quote == "\"" || quote == "'" {
            let valueStart = cursor + 1
            var valueEnd = valueStart
            while valueEnd < scalars.count, scalars[valueEnd] != quote { valueEnd += 1 }
            return String(String.UnicodeScalarView(scalars[valueStart..<valueEnd]))
          }
          var valueEnd = cursor
          while valueEnd < scalars.count, !scalars[valueEnd].properties.isWhitespace { valueEnd += 1 }
          return String(String.UnicodeScalarView(scalars[cursor..<valueEnd]))
        }
        position += 1
      }
      return nil
    }

    func starts(with text: String, at position: Int) -> Bool {
      matches(Array(text.unicodeScalars), at: position, foldingCase: false)
    }

    /// True when `needle` (ASCII when folding case) occurs at `position`.
    func matches(_ needle: [Unicode.Scalar], at position: Int, foldingCase: Bool) -> Bool {
      guard position + needle.count <= scalars.count else { return false }
      for offset in 0..<needle.count {
        var scalar = scalars[position + offset]
        if foldingCase, ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) { scalar = lower }
        if scalar != needle[offset] { return false }
      }
      return true
    }

    func find(_ text: String, from start: Int) -> Int? {
      let needle = Array(text.unicodeScalars)
      var position = start
      while position + needle.count <= scalars.count {
        if matches(needle, at: position, foldingCase: false) { return position }
        position += 1
      }
      return nil
    }

    func findCaseInsensitive(_ text: String, from start: Int) -> Int? {
      let needle = Array(text.lowercased().unicodeScalars)
      var position = start
      while position + needle.count <= scalars.count {
        if matches(needle, at: position, foldingCase: true) { return position }
        position += 1
      }
      return nil
    }

    /// Decodes `&name;`, `&#123;` or `&#x1F600;`; anything else stays literal.
    mutating func entity() {
      var end = index + 1
      while end < scalars.count, end - index <= 32, scalars[end] != ";", scalars[end] != "&", scalars[end] != "<",
        !scalars[end].properties.isWhitespace
      {
        end += 1
      }
      guard end < scalars.count, scalars[end] == ";", end > index + 1 else {
        output.append("&")
        index += 1
        return
      }
      let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
      if let decoded = HTMLText.decodeEntity(body) {
        output.append(contentsOf: decoded.unicodeScalars)
        index = end + 1
      } else {
        output.append("&")
        index += 1
      }
    }
  }

  /// The text of an entity body (`amp`, `#38`, `#x26`); nil when unknown. Invalid code points give U+FFFD.
  static func decodeEntity(_ body: String) -> String? {
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32?
      if digits.first == "x" || digits.first == "X" {
        value = digits.count <= 9 ? UInt32(digits.dropFirst(), radix: 16) : UInt32.max
      } else {
        value = digits.count <= 10 ? UInt32(digits) : UInt32.max
      }
      guard let value else { return nil }
      guard let scalar = Unicode.Scalar(value), value != 0 else { return "\u{FFFD}" }
      return String(scalar)
    }
    return namedEntities[body]
  }

  /// The named entities that occur in practice in newsroom timelines.
  static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
    "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„", "hellip": "…",
    "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "middot": "·", "bull": "•",
    "times": "×", "divide": "÷", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
    "iexcl": "¡", "iquest": "¿", "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú",
    "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "ntilde": "ñ", "Ntilde": "Ñ",
    "uuml": "ü", "Uuml": "Ü", "ouml": "ö", "Ouml": "Ö", "auml": "ä", "Auml": "Ä", "szlig": "ß", "ccedil": "ç",
    "Ccedil": "Ç", "agrave": "à", "egrave": "è", "ograve": "ò", "acirc": "â", "ecirc": "ê", "ocirc": "ô",
    "shy": "", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
  ]

  /// Escapes text for HTML element content and attribute values.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
