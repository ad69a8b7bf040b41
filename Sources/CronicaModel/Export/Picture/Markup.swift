/// Text and numbers written into SVG and HTML: control characters removed, markup escaped.
enum Markup {
  /// Text safe as XML or HTML element content or a quoted attribute value. Control characters
  /// (which XML 1.0 forbids) and bidirectional controls are dropped; line breaks are kept.
  static func escaped(_ text: String) -> String {
    HTMLText.escape(HTMLText.strippingControls(text))
  }

  /// A coordinate with at most one decimal (`12`, `12.5`, `-0.5`).
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    let whole = magnitude / 10
    let fraction = magnitude % 10
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }

  /// `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }

  /// `<name a="1" b="2">` (or `/>` when `closed`), attribute values escaped.
  static func tag(_ name: String, _ attributes: KeyValuePairs<String, String>, closed: Bool = false) -> String {
    var result = "<" + name
    for (key, value) in attributes {
      result += " " + key + "=\"" + escaped(value) + "\""
    }
    return result + (closed ? "/>" : ">")
  }
}
