extension Corpus {
  /// A corpus of the events built for its articles, each checked on its own as `validate` checks
  /// an event (verbatim quotes, known articles and themes, nothing empty) while it is stored: one
  /// that fails is left out (its builder counts them by what is missing). Each quote is searched
  /// once, for the check and for the store, and no corpus is built for an event on its own.
  public init(articles: [Article], proposals: consuming [Event], themes: [Theme]) {
    // The proposals are handed on as the last reference to their storage: a second one (a copy
    // kept here until the end) made the store copy all 100k events, retaining each of their
    // strings, and then free the originals one by one on this core.
    var events = consume proposals
    // A taxonomy that repeats a key fails every event (each event's own articles never repeat).
    if Set(themes.map(\.key)).count != themes.count { events = [] }
    let check = EventCheck(articles: articles, themes: themes)
    let stored = EventList(consume events, articles: articles, themes: themes, keeping: check)
    self.init(articles: articles, orderedEvents: stored, themes: themes)
  }
}
