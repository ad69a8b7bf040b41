/// How a built chronology compares with a reference chronology of the same articles (the
/// benchmark of docs/extraction.md).
///
/// - coverage: the share of reference events for which the build has an event with compatible
///   dates (their periods overlap) citing a passage that overlaps one the reference event cites;
/// - precision: the share of built events whose first citation (the sentence their title comes
///   from) overlaps a passage some reference event cites;
/// - merging: of the reference events citing two or more articles, those for which one built
///   event with compatible dates cites overlapping passages in at least two of those articles.
///
/// Passages overlap when they are in the same article and their places in its cleaned text
/// share a character (a quote is placed at its first occurrence).
public struct ChronologyComparison: Sendable, Equatable {
  /// Reference events, and how many of them are covered.
  public var referenceCount: Int
  public var covered: Int
  /// Built events, and how many of them cite a reference passage first.
  public var builtCount: Int
  public var precise: Int
  /// Reference events citing two or more articles, and how many of them the build merges.
  public var multiArticle: Int
  public var merged: Int
  /// The ids of the reference events not covered.
  public var missed: [String]
  /// The ids of the built events whose first citation no reference event cites.
  public var unmatched: [String]

  /// Coverage as a fraction (0 when there is no reference event).
  public var coverage: Double { referenceCount == 0 ? 0 : Double(covered) / Double(referenceCount) }
  /// Precision as a fraction (0 when nothing was built).
  public var precision: Double { builtCount == 0 ? 0 : Double(precise) / Double(builtCount) }

  /// Compares `built` with `reference` over the articles both cite.
  public init(built: [Event], reference: [Event], articles: [Article]) {
    let texts = Dictionary(articles.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    func place(_ citation: Citation) -> (article: String, range: Range<Int>)? {
      guard let text = texts[citation.article], let found = text.utf8.firstRange(of: citation.quote.utf8) else { return nil }
      let start = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
      return (citation.article, start..<start + citation.quote.utf8.count)
    }
    func overlap(_ a: (article: String, range: Range<Int>)?, _ b: (article: String, range: Range<Int>)?) -> Bool {
      guard let a, let b, a.article == b.article else { return false }
      return a.range.overlaps(b.range)
    }
    func compatible(_ a: Event, _ b: Event) -> Bool { a.earliest <= b.latest && b.earliest <= a.latest }
    let referencePlaces = reference.map { $0.citations.map(place) }
    let builtPlaces = built.map { $0.citations.map(place) }
    referenceCount = reference.count
    builtCount = built.count
    var covered = 0
    var multiArticle = 0
    var merged = 0
    var missed: [String] = []
    for (r, event) in reference.enumerated() {
      let articlesCited = Set(event.citations.map(\.article))
      var isCovered = false
      var isMerged = false
      for (b, candidate) in built.enumerated() where compatible(event, candidate) {
        var sharedArticles = Set<String>()
        for mine in builtPlaces[b] {
          for theirs in referencePlaces[r] where overlap(mine, theirs) {
            if let article = mine?.article { sharedArticles.insert(article) }
          }
        }
        if !sharedArticles.isEmpty { isCovered = true }
        if sharedArticles.count >= 2 { isMerged = true }
      }
      if isCovered { covered += 1 } else { missed.append(event.id) }
      if articlesCited.count >= 2 {
        multiArticle += 1
        if isMerged { merged += 1 }
      }
    }
    let allReference = referencePlaces.joined()
    var precise = 0
    var unmatched: [String] = []
    for (b, event) in built.enumerated() {
      let first = builtPlaces[b].first ?? nil
      if allReference.contains(where: { overlap(first, $0) }) { precise += 1 } else { unmatched.append(event.id) }
    }
    self.covered = covered
    self.precise = precise
    self.multiArticle = multiArticle
    self.merged = merged
    self.missed = missed
    self.unmatched = unmatched
  }
}
