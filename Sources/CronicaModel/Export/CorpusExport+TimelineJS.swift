extension CorpusExport {
  /// The `timelinejs` format: a title slide, one slide per event (`unique_id` = event id), eras,
  /// the first theme's label as the group, and Cronica's extension with every theme key.
  static func timelineFile(corpus: Corpus, events: [Event]) -> TimelineJSFile {
    let labels = Dictionary(corpus.themes.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first })
    let articles = articleLookup(corpus)
    let slides = events.map { event in
      TimelineJSFile.Slide(
        startDate: startParts(event.earliest.isBounded ? event.earliest : event.start.latest),
        endDate: endParts(event.earliest, event.latest),
        text: TimelineJSFile.Text(headline: HTMLText.escape(event.title), text: slideHTML(event, articles: articles)),
        media: media(for: event, articles: articles),
        group: event.themes.first.map { HTMLText.escape(labels[$0] ?? $0) },
        displayDate: HTMLText.escape(event.display), uniqueID: event.id,
        cronica: TimelineJSFile.SlideExtension(themes: event.themes, kind: event.kind.rawValue, summary: event.summary))
    }
    let eras = corpus.eras.map { era in
      TimelineJSFile.Slide(
        startDate: dateParts(era.start), endDate: dateParts(era.end),
        text: TimelineJSFile.Text(headline: HTMLText.escape(era.title)))
    }
    return TimelineJSFile(
      title: TimelineJSFile.Slide(
        text: TimelineJSFile.Text(
          headline: HTMLText.escape(corpus.title ?? "Cronica chronology"),
          text: "<p>\(events.count) \(events.count == 1 ? "event" : "events"), each with the passages that support it. Exported from Cronica.</p>")),
      events: slides, eras: eras.isEmpty ? nil : eras, scale: scale(of: events),
      cronica: TimelineJSFile.FileExtension(themes: corpus.themes))
  }

  /// `cosmological` when a date is beyond what JavaScript dates hold, else `human`.
  static func scale(of events: [Event]) -> String {
    let beyond = events.contains { event in
      [event.earliest, event.latest].contains { $0.isBounded && PartialDate.cosmologicalText(year: $0.year) != nil }
    }
    return beyond ? "cosmological" : "human"
  }

  /// An event's earliest day as TimelineJS's start date, as coarse as stays exact (TimelineJS
  /// reads a missing month or day as the first): `2019`, `2019-07`, `2019-07-15`. TimelineJS has
  /// no open start: an event that began at an unknown time (`../2010`) starts at the latest day
  /// its start allows, and its `display_date` keeps the wording.
  static func startParts(_ day: DayStamp) -> TimelineJSFile.DateParts {
    let (year, month, date) = day.civil
    return TimelineJSFile.DateParts(
      year: TimelineJSFile.Part(year), month: date == 1 && month == 1 ? nil : TimelineJSFile.Part(month),
      day: date == 1 ? nil : TimelineJSFile.Part(date))
  }

  /// An event's latest day as TimelineJS's end date, in full; none when the event is one day or
  /// its end is open (TimelineJS has no open end).
  static func endParts(_ earliest: DayStamp, _ latest: DayStamp) -> TimelineJSFile.DateParts? {
    guard latest.isBounded, latest != earliest else { return nil }
    let (year, month, date) = latest.civil
    return TimelineJSFile.DateParts(
      year: TimelineJSFile.Part(year), month: TimelineJSFile.Part(month), day: TimelineJSFile.Part(date))
  }

  /// A partial date as TimelineJS date parts (numbers).
  static func dateParts(_ date: PartialDate) -> TimelineJSFile.DateParts {
    TimelineJSFile.DateParts(
      year: TimelineJSFile.Part(date.year), month: date.month.map(TimelineJSFile.Part.init),
      day: date.day.map(TimelineJSFile.Part.init))
  }

  /// The slide text: the summary, then each quote with its article, all HTML-escaped.
  static func slideHTML(_ event: Event, articles: [String: Article]) -> String {
    var html = event.summary.isEmpty ? "" : "<p>\(escapedLines(event.summary))</p>"
    for citation in event.citations {
      let source = sourceLine(articles[citation.article], id: citation.article)
      html += "<blockquote>“\(escapedLines(citation.quote))”</blockquote><p>— \(HTMLText.escape(source))</p>"
    }
    return html
  }

  /// Escaped text with line breaks kept as `<br>`.
  static func escapedLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { HTMLText.escape(String($0)) }
      .joined(separator: "<br>")
  }

  /// The first cited article's web address as the slide's media, with its title and outlet.
  static func media(for event: Event, articles: [String: Article]) -> TimelineJSFile.Media? {
    for citation in event.citations {
      if let article = articles[citation.article], let url = article.url {
        return TimelineJSFile.Media(
          url: url, caption: HTMLText.escape(article.title), credit: HTMLText.escape(article.outlet))
      }
    }
    return nil
  }

  /// The `timelinejs-csv` format: the Google Sheets columns, then Cronica's own columns.
  static func timelineCSV(corpus: Corpus, events: [Event]) -> String {
    let file = timelineFile(corpus: corpus, events: events)
    let columns = TimelineJS.sheetColumns + TimelineJS.cronicaColumns
    var rows = [columns]
    func row(_ slide: TimelineJSFile.Slide, type: String) -> [String] {
      var cells: [String: String] = [
        "Year": slide.startDate?.year?.text ?? "", "Month": slide.startDate?.month?.text ?? "",
        "Day": slide.startDate?.day?.text ?? "", "End Year": slide.endDate?.year?.text ?? "",
        "End Month": slide.endDate?.month?.text ?? "", "End Day": slide.endDate?.day?.text ?? "",
        "Display Date": CSV.defused(slide.displayDate ?? ""), "Headline": CSV.defused(slide.text?.headline ?? ""),
        "Text": CSV.defused(slide.text?.text ?? ""), "Media": slide.media?.url ?? "",
        "Media Credit": CSV.defused(slide.media?.credit ?? ""),
        "Media Caption": CSV.defused(slide.media?.caption ?? ""), "Type": type,
        "Group": CSV.defused(slide.group ?? ""), "Cronica ID": CSV.defused(slide.uniqueID ?? ""),
        "Cronica Kind": CSV.defused(slide.cronica?.kind ?? ""),
        "Cronica Themes": CSV.defused(slide.cronica?.themes?.joined(separator: "; ") ?? ""),
        "Cronica Summary": CSV.defused(slide.cronica?.summary ?? ""),
      ]
      if type == "title" { cells["Year"] = "" }
      return columns.map { cells[$0] ?? "" }
    }
    if let title = file.title { rows.append(row(title, type: "title")) }
    for era in file.eras ?? [] { rows.append(row(era, type: "era")) }
    for slide in file.events { rows.append(row(slide, type: "")) }
    return CSV.encode(rows)
  }
}
