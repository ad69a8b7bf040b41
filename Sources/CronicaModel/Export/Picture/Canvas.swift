/// A value of an SVG attribute: text as it is, numbers with at most one decimal.
protocol AttributeValue {
  var attributeText: String { get }
}

extension String: AttributeValue {
  var attributeText: String { self }
}

extension Double: AttributeValue {
  var attributeText: String { Markup.number(self) }
}

/// SVG markup written element by element; every text and attribute value escaped.
struct Canvas {
  private(set) var markup = ""

  /// `<name …/>`.
  mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, any AttributeValue>, fill: String? = nil, stroke: String? = nil,
    extra: KeyValuePairs<String, String> = [:]
  ) {
    markup += start(name, attributes, fill: fill, stroke: stroke, extra: extra) + "/>\n"
  }

  /// `<name …>`, to be closed with `close(name)`.
  mutating func open(
    _ name: String, _ attributes: KeyValuePairs<String, any AttributeValue>, fill: String? = nil, stroke: String? = nil
  ) {
    markup += start(name, attributes, fill: fill, stroke: stroke, extra: [:]) + ">\n"
  }

  /// `</name>`.
  mutating func close(_ name: String) { markup += "</\(name)>\n" }

  /// Markup already escaped.
  mutating func raw(_ text: String) { markup += text + "\n" }

  private func start(
    _ name: String, _ attributes: KeyValuePairs<String, any AttributeValue>, fill: String?, stroke: String?,
    extra: KeyValuePairs<String, String>
  ) -> String {
    var result = "<" + name
    for (key, value) in attributes { result += " \(key)=\"\(Markup.escaped(value.attributeText))\"" }
    if let fill { result += " fill=\"\(Markup.escaped(fill))\"" }
    if let stroke { result += " stroke=\"\(Markup.escaped(stroke))\"" }
    for (key, value) in extra { result += " \(key)=\"\(Markup.escaped(value))\"" }
    return result
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, className: String) {
    element("line", ["class": className, "x1": x1, "y1": y1, "x2": x2, "y2": y2], stroke: stroke)
  }

  /// An event marker centred at (x, y): a circle, or for the palette's second and third cycles a
  /// square or a diamond; approximate dates are lighter. The key draws samples with another class.
  mutating func marker(x: Double, y: Double, color: ThemeColor, approximate: Bool, className: String = "marker") {
    let paint: KeyValuePairs<String, String> = approximate ? ["fill-opacity": "0.35", "stroke-opacity": "0.6"] : [:]
    let radius = MarkerLayout.markerRadius
    switch color.variant {
    case 1:
      element(
        "rect",
        [
          "class": className, "x": x - radius + 0.5, "y": y - radius + 0.5, "width": 2 * radius - 1,
          "height": 2 * radius - 1,
        ], fill: color.hex, stroke: "#333333", extra: paint)
    case 2:
      let points = [(x, y - radius), (x + radius, y), (x, y + radius), (x - radius, y)]
        .map { "\(Markup.number($0.0)),\(Markup.number($0.1))" }.joined(separator: " ")
      element("polygon", ["class": className, "points": points], fill: color.hex, stroke: "#333333", extra: paint)
    default:
      element(
        "circle", ["class": className, "cx": x, "cy": y, "r": radius], fill: color.hex, stroke: "#333333", extra: paint)
    }
  }

  /// A label drawn exactly as wide as its estimate (`textLength`), so boxes never overlap.
  mutating func label(
    _ label: LabelText, x: Double, y: Double, size: Double, className: String, fill: String? = nil, bold: Bool = false
  ) {
    markup += start(
      "text", ["class": className, "x": x, "y": y, "textLength": label.ems * size], fill: fill, stroke: nil,
      extra: ["lengthAdjust": "spacingAndGlyphs"])
    if bold { markup += " font-weight=\"bold\"" }
    if size != 11 { markup += " font-size=\"\(Markup.number(size))\"" }
    markup += ">" + Markup.escaped(label.text) + "</text>\n"
  }

  /// Text cut with an ellipsis to `width`.
  mutating func fitted(
    _ text: String, x: Double, y: Double, width: Double, size: Double, className: String, bold: Bool = false,
    fill: String? = nil
  ) {
    guard let fitted = LabelText(text, maxEms: width / size) else { return }
    label(fitted, x: x, y: y, size: size, className: className, fill: fill, bold: bold)
  }

  /// Text as it is.
  mutating func text(_ text: String, x: Double, y: Double, size: Double, className: String, bold: Bool = false) {
    guard let whole = LabelText(text) else { return }
    label(whole, x: x, y: y, size: size, className: className, bold: bold)
  }

  /// Key text at 11 px; returns its right edge.
  mutating func keyText(_ text: String, x: Double, y: Double) -> Double {
    guard let whole = LabelText(text) else { return x }
    label(whole, x: x, y: y, size: 11, className: "key")
    return x + whole.ems * 11
  }

  /// Text wrapped at word boundaries to `width`; returns the y below its last line.
  mutating func paragraph(_ text: String, x: Double, top: Double, width: Double, size: Double, className: String)
    -> Double
  {
    var y = top + size
    var line = ""
    for word in text.split(separator: " ") {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if let fits = LabelText(candidate), fits.ems * size > width, !line.isEmpty {
        self.text(line, x: x, y: y, size: size, className: className)
        y += size * 1.5
        line = String(word)
      } else {
        line = candidate
      }
    }
    if !line.isEmpty { self.text(line, x: x, y: y, size: size, className: className) }
    return y + size * 0.5
  }
}
