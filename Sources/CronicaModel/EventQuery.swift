/// Which events to show: themes (any of), a date window, a kind and a search text.
public struct EventQuery: Hashable, Sendable {
  /// Theme keys; an event matches when it has any of them. Empty means all themes.
  public var themes: Set<String>
  /// Keep events whose interval reaches this date: latest day on or after its first day.
  public var from: PartialDate?
  /// Keep events whose interval reaches back to this date: earliest day on or before its last day.
  public var to: PartialDate?
  /// Keep events of these kinds; empty means all kinds.
  public var kinds: Set<EventKind>
  /// Case- and diacritic-insensitive text that must occur in the title, summary or a quote.
  public var search: String

  public init(
    themes: Set<String> = [], from: PartialDate? = nil, to: PartialDate? = nil,
    kinds: Set<EventKind> = [], search: String = ""
  ) {
    self.themes = themes
    self.from = from
    self.to = to
    self.kinds = kinds
    self.search = search
  }

  public var isEmpty: Bool {
    themes.isEmpty && from == nil && to == nil && kinds.isEmpty && search.isEmpty
  }
}
