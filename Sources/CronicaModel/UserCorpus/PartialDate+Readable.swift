extension PartialDate {
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// The date as people read it, in the style TimelineJS uses: `2019`, `November 2019`,
  /// `November 4, 2019`; years before 1 get `BCE` (`44 BCE`, as TimelineJS shows year -44);
  /// years beyond TimelineJS's human scale read `13.8 billion years ago`.
  public var readable: String {
    if let cosmic = PartialDate.cosmologicalText(year: year) { return cosmic }
    // Written as bytes and made a `String` once: an integer's `description` and each append
    // cost ~200 instructions.
    var name = month.map { PartialDate.englishMonths[$0 - 1] } ?? ""
    return name.withUTF8 { name in
      // The longest: "September 30, " and a year of at most 19 digits with " BCE" (37 bytes; years
      // of more than six digits were written by `cosmologicalText`).
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
        var count = 0
        func add(_ byte: UInt8) {
          buffer[count] = byte
          count += 1
        }
        func add(digitsOf value: UInt) {
          var divisor: UInt = 1
          while value / divisor >= 10 { divisor *= 10 }
          while divisor > 0 {
            add(UInt8(truncatingIfNeeded: value / divisor % 10) + 0x30)
            divisor /= 10
          }
        }
        if month != nil {
          for byte in name { add(byte) }
          add(0x20)
          if let day {
            add(digitsOf: day.magnitude)
            add(0x2C)
            add(0x20)
          }
        }
        add(digitsOf: year.magnitude)
        if year < 0 { for byte in " BCE".utf8 { add(byte) } }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
      }
    }
  }

  /// The year in TimelineJS's cosmological style, or nil for years JavaScript dates can hold.
  ///
  /// JavaScript dates reach from year -271821 to 275760; beyond that TimelineJS switches to
  /// whole years shown as "N billion/million/thousand years ago".
  static func cosmologicalText(year: Int) -> String? {
    guard year < -271_820 || year > 275_759 else { return nil }
    let magnitude = Double(year.magnitude)
    let suffix = year < 0 ? "years ago" : "years from now"
    let scales: [(Double, String, Int)] = [(1e9, "billion", 2), (1e6, "million", 1), (1e3, "thousand", 1)]
    for (unit, word, digits) in scales where magnitude / unit >= 1 {
      return "\(decimal(magnitude / unit, digits: digits)) \(word) \(suffix)"
    }
    return "\(year.magnitude) \(suffix)"
  }

  /// A number with at most `digits` decimals and no trailing zeros (`13.8`, `4.54`, `2`).
  static func decimal(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded(), rounded.magnitude < 1e15 { return String(Int(rounded)) }
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text[text.index(after: dot)...]
      if decimals.count > digits { text = String(text[...text.index(dot, offsetBy: digits)]) }
    }
    while text.contains("."), text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}

extension PartialDate {
  /// A year as people read it: `2019`, `44 BCE`, `13.8 billion years ago` (headings, year strips).
  /// `Int.min` is the year of events whose start is open (`../2010`): "start unknown".
  public static func yearLabel(_ year: Int) -> String {
    if year == .min { return "start unknown" }
    // A whole year reads as its cosmological text or its year, as `readable` writes it.
    return PartialDate(wholeYear: year).readable
  }
}
