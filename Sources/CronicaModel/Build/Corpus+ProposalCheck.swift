extension Corpus {
  /// A corpus of the events built for its articles, each checked on its own as `validate` checks
  /// an event (verbatim quotes, known articles and themes, nothing empty) while it is stored: one
  /// that fails is left out (its builder counts them by what is missing). Each quote is searched
  /// once, for the check and for the store, and no corpus is built for an event on its own.
  ///
  /// The proposals are read in place, neither copied nor freed here: the caller frees them when
  /// it chooses (`Proposing`). Pass the only reference to them (a shared array is copied first).
  public init(articles: [Article], proposals: inout [Event], themes: [Theme]) {
    let check = EventCheck(articles: articles, themes: themes)
    let stored: EventList
    if Set(themes.map(\.key)).count == themes.count {
      stored = EventList(&proposals, articles: articles, themes: themes, keeping: check)
    } else {
      // A taxonomy that repeats a key fails every event (each event's own articles never repeat).
      var none: [Event] = []
      stored = EventList(&none, articles: articles, themes: themes, keeping: check)
    }
    self.init(articles: articles, orderedEvents: stored, themes: themes)
  }
}
