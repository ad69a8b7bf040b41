/// A screen the browser can show; views stack, the timeline is always at the bottom.
public enum View: Hashable, Sendable, CaseIterable {
  /// The list of events by year (with the detail beside it on wide screens).
  case timeline
  /// The selected event's detail, full screen.
  case detail
  /// The cited article's text.
  case reader
  /// The themes filter panel, over the timeline.
  case themes
  case sources
  /// The key bindings of the view below.
  case help
}

/// What keys mean right now: a view, or a prompt that takes typed text.
public enum Mode: String, Hashable, Sendable, CaseIterable {
  /// Keys of the view with the same name.
  case timeline, detail, reader, themes, sources, help
  /// Typing a search after `/` (matches highlighted and visited, nothing hidden).
  case search
  /// Typing a filter after `&` (the list narrows as it is typed).
  case filter
  /// Typing a year or year-month after `:`.
  case jump
  /// Typing the path to export the current view to, after `e`.
  case export
  /// Answering whether an export may overwrite its file.
  case confirm
  /// Typing what narrows the themes panel (a key, label or phrase), after `/` in the panel.
  case themeFilter
  /// Editing the selected event's title, after `r`.
  case retitle

  /// The mode in which a view takes keys.
  public init(_ view: View) {
    switch view {
    case .timeline: self = .timeline
    case .detail: self = .detail
    case .reader: self = .reader
    case .themes: self = .themes
    case .sources: self = .sources
    case .help: self = .help
    }
  }

  /// True for the modes where printable keys are typed into a prompt.
  public var isPrompt: Bool {
    self == .search || self == .filter || self == .jump || self == .export || self == .themeFilter
      || self == .retitle
  }

  /// A title for people (help screen, `docs/KEYS.md`).
  public var title: String {
    switch self {
    case .timeline: "Timeline"
    case .detail: "Detail"
    case .reader: "Source reader"
    case .themes: "Themes panel"
    case .sources: "Sources"
    case .help: "Help"
    case .search: "Search prompt (/)"
    case .filter: "Filter prompt (&)"
    case .jump: "Jump prompt (:)"
    case .export: "Export prompt (e)"
    case .confirm: "Overwrite question"
    case .themeFilter: "Theme filter prompt (/ in the themes panel)"
    case .retitle: "Title prompt (r)"
    }
  }
}
