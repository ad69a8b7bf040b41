import Foundation
import Testing

import CronicaResources
@testable import CronicaModel

@Suite struct UserCorpusTests {
  static let goodArticle = """
    ---
    id: a1
    title: First article
    outlet: Gazette
    published: 2021-02-03
    ---
    The mayor opened the new bridge on Wednesday.

    """

  static func event(id: String, quote: String, theme: String = "politics", start: String = "2021-02-03") -> String {
    """
        {"id": "\(id)", "start": "\(start)", "display": "x", "kind": "meeting", "title": "T",
         "summary": "S", "themes": ["\(theme)"], "citations": [{"article": "a1", "quote": "\(quote)"}]}
    """
  }

  @Test func loadsTheFixtureFolderWithFrontMatterAndWithout() throws {
    let opened = try Corpus.loadUserFolder(at: TestFiles.fixture("usercorpus/valid"))
    #expect(opened.source == .userFolder)
    let corpus = opened.corpus
    #expect(corpus.articles.map(\.id) == ["2020-05-harbor-dredging", "season-notes"])
    let harbor = try #require(corpus.article(id: "2020-05-harbor-dredging"))
    #expect(harbor.authors == ["Maria Lopez", "Tom Baker"])
    #expect(harbor.published == EDTFDate.fixture("2020-05"))
    #expect(harbor.publishedDisplay == "May 2020")
    #expect(harbor.url == "https://example.com/harbor")
    #expect(harbor.outlet == "Coastal Times")
    let notes = try #require(corpus.article(id: "season-notes"))
    #expect(notes.title == "Fishing season opens early")
    #expect(notes.published == nil)
    #expect(notes.publishedDisplay == "date unknown")
    #expect(!notes.text.contains("\r"))
    #expect(corpus.events.map(\.id) == ["fishing-season-early", "harbor-dredging-done"])
    #expect(corpus.themes == Theme.defaultTaxonomy)
    #expect(
      opened.warnings.contains { $0.file == "articles/season-notes.txt" && $0.message.contains("no front matter") })
  }

  @Test func yamlSyntaxErrorIsLocatedInTheFile() throws {
    let folder = try TestFiles.folder([
      "articles/bad.md": "---\nid: b\ntitle: Bad\nauthors: [One, Two\n---\nText.\n"
    ])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.file == "articles/bad.md")
    let location = try #require(problem.location)
    #expect(location.hasPrefix("line "))
    let line = Int(location.dropFirst(5).prefix { $0.isNumber }) ?? 0
    #expect((4...5).contains(line), "the unclosed list is on line 4 and the YAML ends on line 5: \(location)")
    #expect(problem.message.contains("YAML"))
  }

  @Test func badFieldValuesNameTheFieldLineAndColumn() throws {
    let folder = try TestFiles.folder([
      "articles/bad.md": "---\nid: b\npublished: 2019-13\nurl: javascript:alert(1)\ntitle_supplied: maybe\n---\nText.\n"
    ])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    let locations = problems.compactMap(\.location)
    #expect(locations.contains("line 3, column 12: published"))
    #expect(locations.contains("line 4, column 6: url"))
    #expect(locations.contains("line 5, column 17: title_supplied"))
    #expect(problems.allSatisfy { $0.file == "articles/bad.md" })
  }

  @Test func unclosedFrontMatterIsAProblem() throws {
    let folder = try TestFiles.folder(["articles/open.md": "---\nid: x\ntitle: Never closed\n"])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    #expect(problems.map(\.location) == ["line 1, column 1"])
    #expect(problems.first?.message.contains("never closed") == true)
  }

  @Test func jsonSyntaxErrorGetsLineAndColumn() throws {
    let events = "{\n  \"format_version\": 1,\n  \"events\": [\n    {\"id\": \"a\"}\n    {\"id\": \"b\"}\n  ]\n}\n"
    let folder = try TestFiles.folder(["articles/a.md": Self.goodArticle, "events.json": events])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    #expect(problems.count == 1)
    #expect(problems.first?.file == "events.json")
    #expect(problems.first?.location == "line 5, column 5")
    #expect(problems.first?.message.contains("expected ',' or ']'") == true)
  }

  @Test func jsonTypeErrorGetsLineColumnAndEventId() throws {
    let events = """
      {"format_version": 1, "events": [
      \(Self.event(id: "ok", quote: "The mayor opened the new bridge")),
        {"id": "wrong-type", "start": 2021, "display": "x", "kind": "meeting", "title": "T",
         "summary": "S", "themes": ["politics"], "citations": []}
      ]}
      """
    let folder = try TestFiles.folder(["articles/a.md": Self.goodArticle, "events.json": events])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    #expect(problems.count == 1)
    #expect(problems.first?.location == "line 4, column 33: events[1] (id 'wrong-type').start")
  }

  @Test func semanticProblemsAreAllListedWithEventIdAndPosition() throws {
    let events = """
      {"format_version": 1, "events": [
      \(Self.event(id: "unknown-theme", quote: "The mayor opened the new bridge", theme: "weather")),
      \(Self.event(id: "misquoted", quote: "The mayor closed the bridge"))
      ]}
      """
    let folder = try TestFiles.folder([
      "articles/a.md": Self.goodArticle, "articles/b.md": "---\nid: a1\n---\nSame id twice.\n", "events.json": events,
    ])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    let rendered = problems.map(\.description)
    #expect(rendered.contains { $0.hasPrefix("articles/b.md: id: duplicate article id 'a1'") })
    #expect(
      rendered.contains {
        $0.contains("events[0] (id 'unknown-theme').themes[0]") && $0.contains("unknown theme 'weather'")
      })
    #expect(
      rendered.contains { $0.contains("events[1] (id 'misquoted').citations[0].quote") && $0.contains("not found") })
    #expect(rendered.contains { $0.hasPrefix("events.json: line 3, column 33: events[0]") }, "\(rendered)")
  }

  @Test func articleAndEventProblemsComeTogether() throws {
    let events = """
      {"format_version": 1, "events": [
      \(Self.event(id: "cites-broken", quote: "anything")),
      \(Self.event(id: "bad-theme", quote: "The mayor opened the new bridge", theme: "nope"))
      ]}
      """
    let folder = try TestFiles.folder([
      "articles/broken.md": "---\nid: a1\npublished: someday\n---\nText.\n",
      "articles/fine.md": "---\nid: other\n---\nThe mayor opened the new bridge on Wednesday.\n",
      "events.json": events,
    ])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    #expect(problems.map(\.file) == ["articles/broken.md", "events.json"])
    #expect(problems.last?.message.contains("unknown theme 'nope'") == true)
  }

  @Test func exampleCorpusLoadsAndValidates() throws {
    let folder = try TestFiles.scratchFolder().appendingPathComponent("example")
    try Corpus.writeExample(to: folder)
    let opened = try Corpus.loadUserFolder(at: folder)
    #expect(opened.corpus.articles.count == 2)
    #expect(opened.corpus.events.count == 3)
    #expect(opened.corpus.validate().isEmpty)
    #expect(opened.warnings.map(\.file) == ["articles/council-notes.txt"])
    let again = TestFiles.problems { () throws(CorpusError) in try Corpus.writeExample(to: folder) }
    #expect(again.count == 4)
  }

  @Test func exampleUsesTheGivenTaxonomy() throws {
    let themes = [Theme(key: "arms", label: "Arms", description: "d", phrases: [])]
    let folder = try TestFiles.scratchFolder()
    try Corpus.writeExample(to: folder, themes: themes)
    let corpus = try Corpus.loadUserFolder(at: folder).corpus
    #expect(corpus.themes == themes)
    #expect(corpus.events.allSatisfy { $0.themes == ["arms"] })
  }

  @Test func emptyFolderIsAProblem() throws {
    let folder = try TestFiles.scratchFolder()
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: folder) }
    #expect(problems.first?.message.contains("no articles") == true)
  }

  /// A folder without events.json is assembled once, with the proposed events; they are asked
  /// for only when the folder loaded without problems, and never for a folder with events.json.
  @Test func proposalsFillAFolderWithoutEventsOnlyWhenItLoads() throws {
    let proposal = Event(
      id: "bridge-opened", start: EDTFDate.fixture("2021-02-03"), display: "x", kind: EventKind(rawValue: "meeting"), title: "T",
      summary: "S", themes: ["politics"], citations: [Citation(article: "a1", quote: "The mayor opened the new bridge")])
    var asked: [[String]] = []
    let propose: Corpus.Proposing = { articles, themes, _, assemble in
      asked.append(articles.map(\.id))
      #expect(themes == Theme.defaultTaxonomy)
      var events = [proposal]
      let corpus = assemble(&events)
      // Left to the closure, as they were.
      #expect(events == [proposal])
      return corpus
    }
    let folder = try TestFiles.folder(["articles/a1.md": Self.goodArticle])
    let opened = try Corpus.loadUserFolder(at: folder, proposing: propose)
    #expect(asked == [["a1"]])
    #expect(opened.corpus.events.map(\.id) == ["bridge-opened"])
    #expect(opened.corpus.events.holdsVerbatim(proposal.citations[0], number: 0, at: 0))
    #expect(opened.warnings.map(\.message) == ["no events.json: the chronology is empty"])

    let twice = try TestFiles.folder(["articles/a1.md": Self.goodArticle, "articles/b.md": Self.goodArticle])
    let problems = TestFiles.problems { () throws(CorpusError) in
      _ = try Corpus.loadUserFolder(at: twice, proposing: propose)
    }
    #expect(problems.map(\.description) == ["articles/b.md: id: duplicate article id 'a1'"])
    let filed = try TestFiles.folder([
      "articles/a1.md": Self.goodArticle, "events.json": "{\"format_version\": 1, \"events\": [\(Self.event(id: "e1", quote: "The mayor"))]}",
    ])
    #expect(try Corpus.loadUserFolder(at: filed, proposing: propose).corpus.events.map(\.id) == ["e1"])
    #expect(asked.count == 1)
  }

  /// Articles are told by their extension as Foundation's `pathExtension` finds it.
  @Test func articleFilesAreToldByTheirExtensionAsFoundationFindsIt() {
    let names = [
      "a.md", "a.MD", "a.b.Txt", "a.md.", "a. md", "a.m d", "a..md", ".md", ".hidden.md", "a.md ", "a", "a.", "md",
      "a.markdown", "a.MarkDown", "é.md", "a.md\u{301}", "a.\u{301}md", ".\u{301}md", "a b.md", "a.ｍｄ", "a.txt~",
      "README.md", "readme.txt", "ReadMe.markdown", "readme", "readme-2.md", "notes.readme.md", "a.\u{0}md",
      "a.MAR\u{212A}DOWN", "readme.", "README.", "r.md", "readme\r.md", "a.md\r\n", "a.\r\nmd", "Readme.\u{301}md",
      "readme\u{0E}x.md",
    ]
    for name in names {
      for inSubfolder in [false, true] {
        let expected =
          !name.hasPrefix(".") && Corpus.userArticleExtensions.contains((name as NSString).pathExtension.lowercased())
          && !(!inSubfolder && name.lowercased().hasPrefix("readme."))
        #expect(Corpus.isArticleFile(name, inSubfolder: inSubfolder) == expected, "\(name.debugDescription)")
      }
    }
  }

  /// ASCII names are told by their bytes: the same answers as the plain definition (the
  /// extension after the last dot, lowercased as Unicode does; names lowercased the same way).
  @Test func articleFilesAreToldAsThePlainDefinitionTellsThem() {
    func plain(_ name: String, inSubfolder: Bool) -> Bool {
      let utf8 = name.utf8
      guard utf8.first != UInt8(ascii: "."), let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
      let pathExtension = String(decoding: utf8[utf8.index(after: dot)...], as: UTF8.self).lowercased()
      return Corpus.userArticleExtensions.contains(pathExtension) && (inSubfolder || !name.lowercased().hasPrefix("readme."))
    }
    // Seeded random names, mostly ASCII, of the pieces names and extensions are made of.
    var generator = SplitMix(seed: 20_261_206)
    let pieces = [
      "a", "R", "readme", "ReadMe", "README", ".", ".", "md", "MD", "txt", "markdown", " ", "-", "\r", "\n", "é",
      "\u{212A}", "\u{301}", "~", "\u{0}", "\u{0E}", "[", "@", "`", "{", "Z",
    ]
    let extensions = [
      "md", "MD", "Md", "mD", "txt", "TXT", "Txt", "markdown", "MarkDown", "MARKDOWN", "MAR\u{212A}DOWN", "mdx", "m", "",
      "ｍｄ", "md ", "m@", "t{t", "\u{301}md", "md\u{301}",
    ]
    var articles = 0
    for _ in 0..<3_000 {
      let name = (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        + (Int.random(in: 0..<4, using: &generator) == 0 ? "" : "." + extensions.randomElement(using: &generator)!)
      for inSubfolder in [false, true] {
        let expected = plain(name, inSubfolder: inSubfolder)
        if expected { articles += 1 }
        #expect(Corpus.isArticleFile(name, inSubfolder: inSubfolder) == expected, "\(name.debugDescription)")
      }
    }
    // Both answers are common among them.
    #expect(articles > 500 && articles < 5_500)
  }

  @Test func jsonScannerFindsNestedValuesAndRejectsDeepNesting() {
    let text = Data("{\"a\": [1, {\"b\": \"x\\\"y\"}],\n \"é\": true}".utf8)
    #expect(JSONReader.locations(of: [[.key("a"), .index(1), .key("b")], [.key("é")]], in: text, idKeys: []) == [
      "line 1, column 17: a[1].b", "line 2, column 7: é",
    ])
    let deep = Data((String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).utf8)
    guard case .failure(let error) = EventsFileScanner.tree(in: deep) else {
      Issue.record("5,000 nested lists should be refused")
      return
    }
    #expect(error.message == "nested too deeply")
  }
}

@Suite struct UserCorpusOpenTests {
  @Test func opensTheBundledLayoutWithItsOwnLoader() throws {
    let url = try #require(CronicaResources.corpusURL)
    let opened = try Corpus.open(at: url)
    #expect(opened.source == .bundledLayout)
    #expect(!opened.corpus.events.isEmpty)
  }

  @Test func missingPathIsAProblem() {
    let problems = TestFiles.problems { () throws(CorpusError) in
      _ = try Corpus.open(at: URL(fileURLWithPath: "/nonexistent/cronica/corpus"))
    }
    #expect(problems.map(\.message) == ["no such file or folder"])
  }

  @Test func exampleHasNoThemeOrSupportWarnings() throws {
    let folder = try TestFiles.scratchFolder()
    try Corpus.writeExample(to: folder)
    let opened = try Corpus.open(at: folder)
    #expect(opened.source == .userFolder)
    #expect(opened.corpus.themeWarnings().isEmpty)
    #expect(opened.corpus.supportWarnings().isEmpty, "\(opened.corpus.supportWarnings())")
  }

  /// Front matter takes EDTF publication dates, and proposals are anchored on the whole interval.
  @Test func frontMatterTakesAnEDTFIntervalAndProposalsAnchorOnIt() throws {
    let article = "---\nid: talks\npublished: 2017-05-22/2017-05-28\n---\nThe ministers met last Thursday in Washington.\n"
    let folder = try TestFiles.folder(["articles/talks.md": article])
    let corpus = try Corpus.loadUserFolder(at: folder).corpus
    #expect(corpus.articles.first?.published == EDTFDate.fixture("2017-05-22/2017-05-28"))
    let report = TemporalExtractor(rules: try TemporalFixtures.rules()).extract(
      text: corpus.articles[0].text, published: corpus.articles[0].published, mode: .news, themes: [])
    #expect(report.expressions.first?.value == "2017-05-18")
    let bad = try TestFiles.folder(["articles/bad.md": "---\nid: b\npublished: 2017-05-28/2017-05-22\n---\nText.\n"])
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.loadUserFolder(at: bad) }
    #expect(problems.contains { $0.message.contains("ends before it starts") && $0.location?.contains("published") == true })
  }

  @Test func controlCharactersInFrontMatterAreRemoved() throws {
    let article = "---\nid: x\ntitle: \"Bad\\e[2J title\\u202E\"\nauthors: [\"A\\u0007B\"]\n---\nBody text.\n"
    let folder = try TestFiles.folder(["articles/x.md": article])
    let corpus = try Corpus.loadUserFolder(at: folder).corpus
    #expect(corpus.articles.first?.title == "Bad[2J title")
    #expect(corpus.articles.first?.authors == ["AB"])
  }

  @Test func readmeInTheFolderItselfIsNotAnArticle() throws {
    let folder = try TestFiles.folder([
      "README.md": "# My corpus\n\nNotes.\n", "one.txt": "Title line\n\nBody.\n",
    ])
    let corpus = try Corpus.loadUserFolder(at: folder).corpus
    #expect(corpus.articles.map(\.id) == ["one"])
  }
}
