import Foundation

/// Imports TimelineJS timelines (JSON, or the Google Sheets layout as CSV) as corpora.
///
/// Each slide becomes an event and a one-slide source article whose text is the slide's own
/// headline, text and media caption/credit; the event cites that text verbatim. See
/// `docs/timelinejs.md`.
public enum TimelineJS {
  /// The kind given to imported slides that do not carry a Cronica kind.
  public static let slideKind = EventKind(rawValue: "event")
  /// The prefix of the id of each slide's source article (`tl:` + event id).
  public static let articlePrefix = "tl:"
  /// The id of the article holding the title slide's text (the timeline's introduction).
  public static let titleArticleID = "timeline-title"

  /// Which slide of a file a problem is about.
  enum SlideRef {
    case title
    case event(Int)
    case era(Int)
  }

  /// A problem found while building, located later in one batch.
  struct PendingProblem {
    var slide: SlideRef
    var field: [String]
    var message: String
  }

  /// Opens TimelineJS JSON; every problem is reported at once with line, column and slide id.
  public static func importJSON(_ data: Data, file: String) throws(CorpusError) -> OpenedCorpus {
    var problems: [CorpusProblem] = []
    guard
      let document = JSONReader.decode(
        TimelineJSFile.self, from: data, file: file, idKeys: ["unique_id"], problems: &problems)
    else { throw CorpusError(problems) }
    return try build(document, file: file, source: .timelineJSON) { pending in
      let paths = pending.map { problem -> [JSONPathComponent] in
        var path: [JSONPathComponent]
        switch problem.slide {
        case .title: path = [.key("title")]
        case .event(let index): path = [.key("events"), .index(index)]
        case .era(let index): path = [.key("eras"), .index(index)]
        }
        return path + problem.field.map(JSONPathComponent.key)
      }
      return JSONReader.locations(of: paths, in: data, idKeys: ["unique_id"])
    }
  }

  /// Builds the corpus from a decoded file; `locate` turns pending problems into location strings.
  static func build(
    _ document: TimelineJSFile, file: String, source: CorpusSource,
    locate: ([PendingProblem]) -> [String]
  ) throws(CorpusError) -> OpenedCorpus {
    var pending: [PendingProblem] = []
    var warnings: [CorpusProblem] = []
    var themes = TimelineThemes(given: document.cronica?.themes ?? [])
    var articles: [Article] = []
    var events: [Event] = []
    var slideOfEvent: [Int] = []
    var seen = Set<String>()
    let name = (file as NSString).lastPathComponent

    for (index, slide) in document.events.enumerated() {
      let ref = SlideRef.event(index)
      func problem(_ field: [String], _ message: String) {
        pending.append(PendingProblem(slide: ref, field: field, message: message))
      }
      guard let dates = checkDates(slide, ref: ref, pending: &pending, warnings: &warnings, file: file) else {
        if slide.startDate == nil { problem([], "start_date is missing; every event slide needs one") }
        continue
      }
      let given = slide.uniqueID.map { HTMLText.strippingControls($0).trimmedText } ?? ""
      let id = given.isEmpty ? "slide-\(index + 1)" : given
      guard seen.insert(id).inserted else {
        problem(["unique_id"], "duplicate unique_id '\(id)'")
        continue
      }
      let content = SlideContent(slide, number: index + 1)
      if content.untitled {
        warnings.append(
          CorpusProblem(file: file, location: "slide \(index + 1)", message: "slide has no headline or text"))
      }
      let extensionThemes = slide.cronica?.themes.flatMap { $0.isEmpty ? nil : $0 }
      if let extensionThemes { themes.ensure(extensionThemes, group: slide.group) }
      let article = Article(
        id: articlePrefix + id, title: content.title, outlet: content.credit, authors: [], published: nil,
        publishedDisplay: "TimelineJS slide", dateBasis: "a slide of \(name)", origin: name, text: content.passage,
        url: content.webAddress)
      articles.append(article)
      slideOfEvent.append(index)
      events.append(
        Event(
          id: id, start: EDTFDate(dates.start), end: dates.end.map(EDTFDate.init), display: content.display ?? dates.display,
          kind: slide.cronica?.kind.map { EventKind(rawValue: $0) } ?? slideKind, title: content.title,
          summary: slide.cronica?.summary ?? content.body,
          themes: extensionThemes ?? [themes.key(forGroup: slide.group)],
          citations: [Citation(article: article.id, quote: content.passage)]))
    }
    if document.events.isEmpty {
      warnings.append(CorpusProblem(file: file, message: "the timeline has no event slides"))
    }

    var eras: [Era] = []
    for (index, slide) in (document.eras ?? []).enumerated() {
      let ref = SlideRef.era(index)
      guard let dates = checkDates(slide, ref: ref, pending: &pending, warnings: &warnings, file: file) else {
        if slide.startDate == nil {
          pending.append(PendingProblem(slide: ref, field: [], message: "start_date is missing"))
        }
        continue
      }
      guard let end = dates.end else {
        pending.append(PendingProblem(slide: ref, field: [], message: "an era needs an end_date with a year"))
        continue
      }
      let title = HTMLText.plainText(slide.text?.headline ?? "")
      eras.append(Era(title: title.isEmpty ? "Era \(index + 1)" : title, start: dates.start, end: end))
    }

    var articlesWithIntro = articles
    let titleText = document.title.map { SlideContent($0, number: 0) }
    if let titleText, !titleText.body.isEmpty {
      articlesWithIntro.insert(
        Article(
          id: titleArticleID, title: titleText.title, outlet: titleText.credit, authors: [], published: nil,
          publishedDisplay: "TimelineJS title slide", dateBasis: "the title slide of \(name)", origin: name,
          text: titleText.passage, url: titleText.webAddress),
        at: 0)
    }
    let title = titleText.flatMap { $0.untitled ? nil : $0.title } ?? name
    let corpus = Corpus(articles: articlesWithIntro, events: events, themes: themes.all, title: title, eras: eras)
    for problem in corpus.validate(fileEvents: events) {
      pending.append(relocatedValidation(problem, slideOfEvent: slideOfEvent))
    }
    guard pending.isEmpty else {
      let locations = locate(pending)
      throw CorpusError(
        zip(pending, locations).map { CorpusProblem(file: file, location: $1.isEmpty ? nil : $1, message: $0.message) })
    }
    return OpenedCorpus(corpus: corpus, warnings: warnings, source: source)
  }

  /// Checked start and end of a slide, or nil (with problems) when the dates are unusable.
  static func checkDates(
    _ slide: TimelineJSFile.Slide, ref: SlideRef, pending: inout [PendingProblem], warnings: inout [CorpusProblem],
    file: String
  ) -> (start: PartialDate, end: PartialDate?, display: String)? {
    guard let startParts = slide.startDate else { return nil }
    var found: [(field: String, message: String)] = []
    let start = TimelineJSDate.check(startParts, problems: &found)
    for item in found {
      pending.append(PendingProblem(slide: ref, field: ["start_date", item.field], message: item.message))
    }
    found = []
    var end: TimelineJSDate?
    if let endParts = slide.endDate {
      let blank = [endParts.year, endParts.month, endParts.day, endParts.hour, endParts.minute, endParts.second]
        .allSatisfy { ($0?.text.trimmedText ?? "").isEmpty }
      if !blank { end = TimelineJSDate.check(endParts, problems: &found) }
      for item in found {
        pending.append(PendingProblem(slide: ref, field: ["end_date", item.field], message: item.message))
      }
    }
    guard found.isEmpty, let start, let startDay = start.partialDate else { return nil }
    var display = start.display ?? start.readable
    if let end {
      display += " – " + (end.display ?? end.readable)
    }
    return (startDay, end?.partialDate, display)
  }

  /// A validation problem (`events[3].end`) as a pending problem on that slide.
  static func relocatedValidation(_ problem: CorpusProblem, slideOfEvent: [Int]) -> PendingProblem {
    let path = Corpus.parsePath(problem.location ?? "")
    guard path.count >= 2, case .index(let position) = path[1], position < slideOfEvent.count else {
      return PendingProblem(slide: .title, field: [], message: problem.message)
    }
    let names = [
      "end": "end_date", "start": "start_date", "themes": "group", "title": "text", "display": "display_date",
    ]
    let field = path.dropFirst(2).compactMap { component -> String? in
      if case .key(let key) = component { return names[key] ?? key }
      return nil
    }
    return PendingProblem(
      slide: .event(slideOfEvent[position]), field: Array(field.prefix(1)), message: problem.message)
  }
}
