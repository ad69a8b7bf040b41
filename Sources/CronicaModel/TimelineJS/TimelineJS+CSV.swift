import Foundation

extension TimelineJS {
  /// The columns of the TimelineJS Google Sheets template, in template order, then Cronica's own.
  public static let sheetColumns = [
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline",
    "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
  ]
  /// Extra columns Cronica writes so an export imports back unchanged; TimelineJS ignores them.
  public static let cronicaColumns = ["Cronica ID", "Cronica Kind", "Cronica Themes", "Cronica Summary"]

  /// A header as matched: lower case, letters and digits only (`End Year` → `endyear`).
  static func headerKey(_ header: String) -> String {
    String(
      header.lowercased().unicodeScalars.filter {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
      }.map(Character.init))
  }

  /// Opens a TimelineJS sheet saved as CSV; columns are matched by header name in any order.
  public static func importCSV(_ data: Data, file: String) throws(CorpusError) -> OpenedCorpus {
    guard let text = String(data: data, encoding: .utf8) else {
      throw CorpusError([CorpusProblem(file: file, message: "not valid UTF-8 text; save the sheet as UTF-8 CSV")])
    }
    let rows: [CSV.Row]
    do {
      rows = try CSV.parse(text)
    } catch {
      throw CorpusError([CorpusProblem(file: file, location: error.position.description, message: error.message)])
    }
    guard let header = rows.first else {
      throw CorpusError([
        CorpusProblem(file: file, message: "the file is empty; expected a header row (Year, Month, …)")
      ])
    }
    var columns: [String: Int] = [:]
    var names: [String: String] = [:]
    for (index, name) in header.fields.enumerated() {
      let key = headerKey(name)
      if !key.isEmpty, columns[key] == nil {
        columns[key] = index
        names[key] = name.trimmedText
      }
    }
    guard columns["year"] != nil else {
      throw CorpusError([
        CorpusProblem(
          file: file, location: "line \(header.line)",
          message:
            "no 'Year' column, so this is not a TimelineJS sheet (expected columns: \(sheetColumns.joined(separator: ", ")))"
        )
      ])
    }
    var document = TimelineJSFile(title: nil, events: [], eras: [])
    var titleLine = header.line
    var eventLines: [Int] = []
    var eraLines: [Int] = []
    var warnings: [CorpusProblem] = []
    for row in rows.dropFirst() where row.fields.contains(where: { !$0.trimmedText.isEmpty }) {
      func cell(_ key: String) -> String? {
        guard let index = columns[key], index < row.fields.count else { return nil }
        var value = row.fields[index]
        if value.hasPrefix("'"), let next = value.dropFirst().first, "=+-@".contains(next) { value.removeFirst() }
        return value.trimmedText.isEmpty ? nil : value
      }
      let slide = sheetSlide(cell)
      switch cell("type")?.trimmedText.lowercased() {
      case "title" where document.title == nil:
        document.title = slide
        titleLine = row.line
      case "era":
        document.eras?.append(slide)
        eraLines.append(row.line)
      case "title":
        warnings.append(
          CorpusProblem(file: file, location: "line \(row.line)", message: "a second title row is shown as an event"))
        fallthrough
      default:
        document.events.append(slide)
        eventLines.append(row.line)
      }
    }
    let opened = try build(document, file: file, source: .timelineCSV) { pending in
      pending.map { problem in
        let line: Int
        switch problem.slide {
        case .title: line = titleLine
        case .event(let index): line = index < eventLines.count ? eventLines[index] : header.line
        case .era(let index): line = index < eraLines.count ? eraLines[index] : header.line
        }
        guard let key = sheetColumn(for: problem.field) else { return "line \(line)" }
        return "line \(line), column '\(names[key] ?? key)'"
      }
    }
    return OpenedCorpus(corpus: opened.corpus, warnings: warnings + opened.warnings, source: .timelineCSV)
  }

  /// The header key of the column a slide field comes from (`["end_date", "month"]` → `endmonth`).
  static func sheetColumn(for field: [String]) -> String? {
    guard let first = field.first else { return nil }
    let part = field.count > 1 ? field[1] : ""
    let timeParts: Set<String> = ["hour", "minute", "second", "millisecond"]
    switch first {
    case "start_date": return timeParts.contains(part) ? "time" : (part.isEmpty ? "year" : part)
    case "end_date": return timeParts.contains(part) ? "endtime" : "end" + (part.isEmpty ? "year" : part)
    case "unique_id": return "cronicaid"
    case "group": return "group"
    case "display_date": return "displaydate"
    case "text": return "headline"
    default: return nil
    }
  }

  static func sheetSlide(_ cell: (String) -> String?) -> TimelineJSFile.Slide {
    func date(_ prefix: String) -> TimelineJSFile.DateParts? {
      var parts = TimelineJSFile.DateParts(
        year: cell(prefix + "year").map(TimelineJSFile.Part.init),
        month: cell(prefix + "month").map(TimelineJSFile.Part.init),
        day: cell(prefix + "day").map(TimelineJSFile.Part.init))
      if let time = cell(prefix + "time") {
        let clock = clockParts(time)
        parts.hour = TimelineJSFile.Part(clock.hour)
        parts.minute = clock.minute.map(TimelineJSFile.Part.init)
        parts.second = clock.second.map(TimelineJSFile.Part.init)
      }
      let empty = parts.year == nil && parts.month == nil && parts.day == nil && parts.hour == nil
      return empty ? nil : parts
    }
    let hasMedia = cell("media") != nil || cell("mediacaption") != nil || cell("mediacredit") != nil
    return TimelineJSFile.Slide(
      startDate: date("") ?? TimelineJSFile.DateParts(), endDate: date("end"),
      text: TimelineJSFile.Text(headline: cell("headline"), text: cell("text")),
      media: hasMedia
        ? TimelineJSFile.Media(
          url: cell("media"), caption: cell("mediacaption"), credit: cell("mediacredit"),
          thumbnail: cell("mediathumbnail")) : nil,
      group: cell("group"), displayDate: cell("displaydate"), uniqueID: cell("cronicaid"),
      cronica: cronicaExtension(cell))
  }

  /// Cronica's own columns, when present.
  static func cronicaExtension(_ cell: (String) -> String?) -> TimelineJSFile.SlideExtension? {
    let themes = cell("cronicathemes").map { $0.split(separator: ";").map(\.trimmedText).filter { !$0.isEmpty } }
    let kind = cell("cronicakind")?.trimmedText
    let summary = cell("cronicasummary") ?? (cell("cronicaid") == nil ? nil : "")
    if themes == nil, kind == nil, summary == nil { return nil }
    return TimelineJSFile.SlideExtension(themes: themes, kind: kind, summary: summary)
  }

  /// Splits a sheet time (`14:30`, `2:30:15 PM`, `9 am`) into hour, minute and second text.
  /// Text that is not a time is returned whole as the hour, so the date check reports it.
  static func clockParts(_ text: String) -> (hour: String, minute: String?, second: String?) {
    var body = text.trimmedText.lowercased()
    var meridiem: Int?
    for (suffix, add) in [("a.m.", 0), ("p.m.", 12), ("am", 0), ("pm", 12)] where body.hasSuffix(suffix) {
      body = String(body.dropLast(suffix.count)).trimmedText
      meridiem = add
      break
    }
    let pieces = body.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard (1...3).contains(pieces.count), let first = pieces.first, var hour = Int(first), hour >= 0 else {
      return (text, nil, nil)
    }
    if let meridiem {
      guard (1...12).contains(hour) else { return (text, nil, nil) }
      hour = hour == 12 ? meridiem : hour + meridiem
    }
    let second =
      pieces.count > 2 ? String(pieces[2].split(separator: ".", omittingEmptySubsequences: false).first ?? "") : nil
    return (String(hour), pieces.count > 1 ? pieces[1] : nil, second)
  }
}
