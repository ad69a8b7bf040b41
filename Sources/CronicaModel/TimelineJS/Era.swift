/// A named period shown as a band in the year strip (a TimelineJS era).
public struct Era: Hashable, Sendable, Codable {
  /// The era's name, as plain text.
  public var title: String
  public var start: PartialDate
  /// When the era ends (on or after `start`).
  public var end: PartialDate

  public init(title: String, start: PartialDate, end: PartialDate) {
    self.title = title
    self.start = start
    self.end = end
  }
}
