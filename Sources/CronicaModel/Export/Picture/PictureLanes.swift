/// The lanes of a picture and which lanes each event is drawn in.
struct PictureLanes: Sendable {
  struct Lane: Sendable {
    /// The theme's label, `No theme`, or `All events` for a single lane.
    var label: String
    /// The theme's position in the taxonomy; nil for the lane of events without a theme or the single lane.
    var theme: Int?
    var color: ThemeColor
  }

  /// The lanes, top to bottom: themes in taxonomy order that have events, then `No theme`.
  private(set) var lanes: [Lane] = []
  /// The themes the events have, in taxonomy order: position and label.
  private(set) var usedThemes: [(position: Int, label: String)] = []
  /// The taxonomy position of each theme key the corpus defines.
  private let themePositions: [String: Int]
  /// The label of each theme, by taxonomy position.
  private let themeLabels: [String]
  /// The lane of each taxonomy position that has one.
  private var laneOfTheme: [Int: Int] = [:]
  /// The lane of events without a known theme (or the single lane).
  private var catchAll: Int?
  /// True when all events are on one line (`--lanes none`).
  let isSingle: Bool

  /// The lanes needed for events with the theme keys `themeLists` yields, one list per event.
  init(themes: [Theme], mode: PictureOptions.Lanes, themeLists: some Sequence<[String]>) {
    var positions: [String: Int] = [:]
    for (position, theme) in themes.enumerated() where positions[theme.key] == nil { positions[theme.key] = position }
    themePositions = positions
    themeLabels = themes.map(\.label)
    isSingle = mode == .none
    var used = [Bool](repeating: false, count: themes.count)
    var unthemed = false
    for list in themeLists {
      var known = false
      for key in list {
        guard let position = positions[key] else { continue }
        used[position] = true
        known = true
      }
      if !known { unthemed = true }
    }
    usedThemes = themes.indices.filter { used[$0] }.map { ($0, themes[$0].label) }
    guard mode == .themes else {
      lanes = [Lane(label: "All events", theme: nil, color: ThemePalette.neutral)]
      catchAll = 0
      return
    }
    for position in themes.indices where used[position] {
      laneOfTheme[position] = lanes.count
      lanes.append(Lane(label: themes[position].label, theme: position, color: ThemePalette.color(forTheme: position)))
    }
    if unthemed {
      catchAll = lanes.count
      lanes.append(Lane(label: "No theme", theme: nil, color: ThemePalette.neutral))
    }
  }

  /// The lanes an event with these theme keys is drawn in, each once, top to bottom.
  func laneIndexes(of keys: [String]) -> [Int] {
    var result: [Int] = []
    for key in keys {
      if let position = themePositions[key], let lane = laneOfTheme[position], !result.contains(lane) {
        result.append(lane)
      }
    }
    if result.isEmpty, let catchAll { result.append(catchAll) }
    return result.sorted()
  }

  /// The taxonomy positions of the known themes among `keys`, each once.
  func themePositionList(of keys: [String]) -> [Int] {
    var result: [Int] = []
    for key in keys { if let position = themePositions[key], !result.contains(position) { result.append(position) } }
    return result
  }

  func label(ofTheme position: Int) -> String { themeLabels[position] }

  /// The colour of an event's marker on a single line: its first known theme's, else neutral grey.
  func color(of keys: [String]) -> ThemeColor {
    for key in keys { if let position = themePositions[key] { return ThemePalette.color(forTheme: position) } }
    return ThemePalette.neutral
  }
}
