/// Which web addresses Cronica accepts (an article's `url`, a TimelineJS slide's media), hands to a
/// web browser and links to from an export: one rule, so what is accepted can be opened.
public enum WebAddress {
  /// True for an `http://` or `https://` address with a host and no white space or control characters.
  public static func isOpenable(_ address: String) -> Bool {
    let lower = address.lowercased()
    let rest: Substring
    if lower.hasPrefix("https://") {
      rest = lower.dropFirst(8)
    } else if lower.hasPrefix("http://") {
      rest = lower.dropFirst(7)
    } else {
      return false
    }
    guard let first = rest.first, first != "/" else { return false }
    return !address.unicodeScalars.contains { $0.properties.isWhitespace || $0.isControlCharacter }
  }
}
