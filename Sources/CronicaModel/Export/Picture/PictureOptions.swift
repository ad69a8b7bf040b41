/// How `svg` and `html` exports draw the timeline.
public struct PictureOptions: Hashable, Sendable {
  /// How events are spread vertically.
  public enum Lanes: String, CaseIterable, Sendable {
    /// One lane per theme (an event appears in each of its themes' lanes), events without a theme last.
    case themes
    /// All events on one line.
    case none
  }

  public var lanes: Lanes
  /// From this many events on, each lane is a density band of counts per period instead of markers.
  public var densityThreshold: Int
  /// A line under the title saying which filters chose the events (nil: none).
  public var filterNote: String?

  public static let defaultDensityThreshold = 10_000

  public init(lanes: Lanes = .themes, densityThreshold: Int = defaultDensityThreshold, filterNote: String? = nil) {
    self.lanes = lanes
    self.densityThreshold = densityThreshold
    self.filterNote = filterNote
  }
}
