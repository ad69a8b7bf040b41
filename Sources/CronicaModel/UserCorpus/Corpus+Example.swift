import CronicaSystem
import Foundation

extension Corpus {
  /// Writes a small valid example corpus for `cronica init DIR`: two articles with front matter,
  /// a few cited events and the theme taxonomy, in the user-folder layout.
  ///
  /// Refuses to overwrite: fails if any of the files already exists.
  public static func writeExample(to folder: URL, themes: [Theme] = Theme.defaultTaxonomy) throws(CorpusError) {
    let themes = themes.isEmpty ? Theme.defaultTaxonomy : themes
    let articles = folder.appendingPathComponent(CorpusFiles.articlesFolder)
    let files: [(URL, Data)]
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      files = [
        (articles.appendingPathComponent("river-report.md"), Data(ExampleCorpus.firstArticle.utf8)),
        (articles.appendingPathComponent("council-notes.txt"), Data(ExampleCorpus.secondArticle.utf8)),
        (
          folder.appendingPathComponent(CorpusFiles.events),
          try encoder.encode(CorpusFiles.EventsFile(formatVersion: 1, events: ExampleCorpus.events(themes: themes)))
            + Data("\n".utf8)
        ),
        (
          folder.appendingPathComponent(CorpusFiles.themes),
          try encoder.encode(CorpusFiles.ThemesFile(formatVersion: 1, themes: themes)) + Data("\n".utf8)
        ),
      ]
    } catch {
      throw CorpusError([CorpusProblem(file: folder.path, message: "cannot encode the example: \(error)")])
    }
    let existing = files.filter { FileStatus.at($0.0.path) != nil }
    guard existing.isEmpty else {
      throw CorpusError(
        existing.map {
          CorpusProblem(file: $0.0.path, message: "already exists; choose an empty folder for the example")
        })
    }
    do {
      try Folder.create(articles.path)
    } catch {
      throw CorpusError([CorpusProblem(file: articles.path, message: "cannot create the folder")])
    }
    for (url, data) in files {
      do {
        try FileWriter.write(data, to: url.path)
      } catch {
        throw CorpusError([CorpusProblem(file: url.path, message: error.reason)])
      }
    }
  }
}

/// The content of the example corpus written by `Corpus.writeExample(to:)`.
enum ExampleCorpus {
  static let firstArticle = """
    ---
    id: 2021-03-river-report
    title: City council approves river cleanup plan
    outlet: Example Gazette
    authors: [Ana Ruiz]
    published: 2021-03-15
    published_display: March 15, 2021
    url: https://example.org/river-report
    ---
    City council approves river cleanup plan

    The city council voted 7 to 2 on Monday to approve a three-year plan to clean up the river.

    The plan sets aside 4 million dollars for new filters and for removing trash from the banks.

    Work is expected to begin in the summer of 2021, the mayor said.

    """

  static let secondArticle = """
    Council notes: first year of the river plan

    This file has no front matter, so its title comes from the first line and its date is unknown.

    By June 2022 the city had installed 12 of the 20 planned filters.

    Volunteers removed more than 30 tons of trash from the river banks during 2021.

    """

  /// The example events, tagged with the given taxonomy's keys where they exist (else its first theme).
  static func events(themes: [Theme]) -> [Event] {
    let known = Set(themes.map(\.key))
    func keys(_ wanted: [String]) -> [String] {
      let present = wanted.filter(known.contains)
      return present.isEmpty ? Array(themes.prefix(1).map(\.key)) : present
    }
    guard let approved = PartialDate(year: 2021, month: 3, day: 15), let year = PartialDate(year: 2021),
      let june = PartialDate(year: 2022, month: 6)
    else { return [] }
    return [
      Event(
        id: "river-plan-approved", start: EDTFDate(approved), display: "March 15, 2021", kind: .policy,
        title: "Council approves the river cleanup plan",
        summary: "The city council approves a three-year, 4-million-dollar plan to clean up the river.",
        themes: keys(["politics", "economy"]),
        citations: [
          Citation(
            article: "2021-03-river-report",
            quote: "The city council voted 7 to 2 on Monday to approve a three-year plan to clean up the river."),
          Citation(
            article: "2021-03-river-report",
            quote: "The plan sets aside 4 million dollars for new filters and for removing trash from the banks."),
        ]),
      Event(
        id: "river-trash-removed-2021", start: EDTFDate(year), display: "2021", kind: .statistic,
        title: "Volunteers remove 30 tons of trash",
        summary: "Volunteers remove more than 30 tons of trash from the river banks over the year.",
        themes: keys(["society"]),
        citations: [
          Citation(
            article: "council-notes",
            quote: "Volunteers removed more than 30 tons of trash from the river banks during 2021.")
        ]),
      Event(
        id: "filters-installed-2022", start: EDTFDate(june), display: "June 2022", kind: .statistic,
        title: "12 of 20 filters installed",
        summary: "By June 2022 the city has installed 12 of the 20 planned filters.",
        themes: keys(["economy"]),
        citations: [
          Citation(article: "council-notes", quote: "By June 2022 the city had installed 12 of the 20 planned filters.")
        ]),
    ]
  }
}
