/// Counted nouns for people: "1 event", "2 events", never "event(s)".
public enum Plural {
  /// `count` and the noun, made plural with `plural` (the noun plus "s" by default) unless it is 1.
  public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
  }
}
