import Testing

@testable import CronicaModel

/// Author bios are set aside as notes and kept out of the body.
@Suite struct CleaningAuthorNotesTests {
  static let expected: [(origin: String, notes: [String])] = [
    (
      "000_8afc2bc4971c8686.txt",
      ["Public Policy Fellow; former Career Ambassador to Afghanistan, Argentina, and Mexico"]
    ),
    (
      "002_fb1a71ee8db72bfb.txt",
      [
        "Public Policy Fellow; Former Career Ambassador to Afghanistan, Argentina, and Mexico; Distinguished "
          + "Diplomat in Residence, School of International Service, American University"
      ]
    ),
    (
      "003_518b4b54a8ce94fb.txt",
      [
        "Earl Anthony Wayne was U.S. ambassador to Mexico, 2011-2015, and is board co-chair of the Wilson "
          + "Center\u{2019}s Mexico Institute. He is a diplomat in residence at American University\u{2019}s "
          + "School of International Service. Follow him on Twitter @EAnthonyWayne."
      ]
    ),
    (
      "004_ca3e754974129757.txt",
      [
        "Former Career Ambassador to Afghanistan, Argentina, and Mexico; Distinguished Diplomat in Residence, "
          + "School of International Service, American University",
        "Director of Policy and Strategic Initiatives, Seattle International Foundation",
      ]
    ),
  ]

  @Test(arguments: expected.indices)
  func notesAreExtracted(index: Int) throws {
    let (origin, notes) = Self.expected[index]
    let cleaned = ArticleCleaner.clean(try CleaningFixtures.raw(origin))
    #expect(cleaned.authorNotes == notes, "\(origin)")
    for note in cleaned.authorNotes {
      #expect(!cleaned.text.contains(note), "\(origin): a note is still in the body")
    }
  }

  @Test func articleWithoutBioHasNoNotes() throws {
    #expect(ArticleCleaner.clean(try CleaningFixtures.raw("001_57bddd4777f8f53b.txt")).authorNotes.isEmpty)
  }

  @Test func bylineAtTheTopStaysInTheBody() throws {
    let text = ArticleCleaner.clean(try CleaningFixtures.raw("002_fb1a71ee8db72bfb.txt")).text
    let paragraphs = text.components(separatedBy: "\n\n")
    #expect(paragraphs.prefix(2) == [
      "Get Tougher on Fentanyl and Trying to Bolster US-Mexico Anti-Crime Collaboration", "Earl Anthony Wayne",
    ])
  }

  @Test func authorHeadingEarlyInTheTextIsNotBackMatter() {
    let raw = "Authors\n\nJane Roe\n\n" + String(repeating: "A body sentence that is long enough to count. ", count: 20)
    let cleaned = ArticleCleaner.clean(raw)
    #expect(cleaned.authorNotes.isEmpty)
    #expect(cleaned.text.hasPrefix("Authors\n\nJane Roe\n\nA body sentence"))
  }

  @Test func backMatterDropsNamesInstituteBlurbAndLinks() {
    let raw = """
      Title

      \(String(repeating: "Body text of the article goes here. ", count: 20))
      About the Authors

      Jane Roe

      Jane Roe

      Senior Fellow, Example Center
      Read More
      Example Center
      The Example Center seeks to do good work. Read more
      Explore More
      Some Related Title
      """
    let cleaned = ArticleCleaner.clean(raw)
    #expect(cleaned.authorNotes == ["Senior Fellow, Example Center"])
    #expect(!cleaned.text.contains("Jane Roe") && !cleaned.text.contains("Related"))
    #expect(cleaned.text.hasSuffix("goes here."))
  }
}
