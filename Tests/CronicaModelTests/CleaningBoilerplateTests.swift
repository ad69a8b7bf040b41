import Testing

@testable import CronicaModel

/// Each boilerplate rule removes its chrome and keeps its near misses.
@Suite struct CleaningBoilerplateTests {
  /// Rule name, lines it must match, and near-miss lines it must not match.
  static let ruleTable: [(rule: String, removed: [String], kept: [String])] = [
    ("skipLink", ["Skip to main content", "Skip to content"],
      ["Skip to main content of the report, he said.", "We cannot skip to the main content."]),
    ("contributorDisclaimer", ["The views expressed by contributors are their own and not the view of The Hill"],
      ["The views expressed by the ambassadors are their own.", "Contributors said the views were their own."]),
    ("readMore", ["Read More", "Read more", "Read more \u{00BB}", "Read more..."],
      ["Read more about the plan in the report.", "People should read more news.", "Read"]),
    ("readFullArticle", ["Read the full article on The National Interest..."],
      [
        "Read the full article on the treaty, which runs to 300 pages and covers every provision that both "
          + "governments signed in 2008, before judging it."
      ]),
    ("widgetHeading", ["Most Popular", "Load more"],
      ["The most popular option was to load more trucks.", "Most Popular Drugs in 2017"]),
    ("seeAllLinks", ["See all Hill.TV See all Video", "See all Video"],
      ["See all the evidence in the report.", "See all"]),
    ("tagsLine",
      [
        "Tags Andr\u{00E9}s Manuel L\u{00F3}pez Obrador Donald Trump Fentanyl Illegal drug trade US-Mexico relations",
        "Tags: Mexico, fentanyl, Merida Initiative",
      ],
      [
        "Tags were attached to every shipment.", "Tags, labels and seals were checked by customs agents.",
        "Tags: the agents attached them to every crate.",
      ]),
    ("photoCredit", ["Getty Images", "AP Photo/Marco Ugarte", "Photo by Jane Roe"],
      ["Getty Images photographers covered the meeting in Mexico City last week.", "Reuters reported the talks."]),
    ("clickbaitAd", ["Incredible Map Reveals Energy Discovery That Spans The Entire U.S."],
      [
        "America and Mexico to Tackle Increasing Drug Violence",
        "The results were incredible, officials said, and the map reveals new routes.",
      ]),
  ]

  @Test(arguments: ruleTable.indices)
  func ruleRemovesChromeAndKeepsNearMisses(index: Int) throws {
    let (name, removed, kept) = Self.ruleTable[index]
    let rule = try #require(BoilerplateRule.lineRules.first { $0.name == name })
    for line in removed {
      #expect(rule.matches(ChromeLine(line)), "\(name) should match: \(line)")
      #expect(BoilerplateFilter.isChrome(line))
    }
    for line in kept {
      #expect(!BoilerplateFilter.isChrome(line), "\(name) near miss removed: \(line)")
    }
  }

  @Test func everyRuleIsDocumentedAndTested() {
    let tested = Set(Self.ruleTable.map(\.rule))
    for rule in BoilerplateRule.lineRules {
      #expect(!rule.comment.isEmpty)
      #expect(tested.contains(rule.name), "rule \(rule.name) has no table row")
    }
  }

  @Test func gluedReadMoreIsStrippedOnlyAfterASentence() {
    let glued = "oversees the work of the Mexico Institute. Read more"
    #expect(TextShape.strippingGluedLink(glued) == "oversees the work of the Mexico Institute.")
    #expect(TextShape.strippingGluedLink("as the minister said.\u{201D} Read More") == "as the minister said.\u{201D}")
    #expect(TextShape.strippingGluedLink("Citizens should Read more") == "Citizens should Read more")
    #expect(TextShape.strippingGluedLink("Read more") == "Read more")
  }

  @Test func duplicatedCaptionBlocksAreRemovedWhole() {
    let caption = "Schoolchildren under police protection in Tijuana. Flickr/Creative Commons"
    let body = "Body paragraph that is the article."
    #expect(BoilerplateFilter.removingDuplicateBlocks([caption, caption, "", body]) == ["", body])
    let block = ["A caption", "Credit", "", "A caption", "Credit", body]
    #expect(BoilerplateFilter.removingDuplicateBlocks(block) == ["", body])
    #expect(BoilerplateFilter.removingDuplicateBlocks([caption, body, caption]) == [caption, body, caption])
  }

  @Test func linkListsAreRemovedUpToTheFirstSentence() {
    let lines = ["Explore More", "Browse Insights & Analysis", "Rethinking U.S.-Mexico Security Strategy", "",
      "America and Mexico to Tackle Increasing Drug Violence", "This sentence is body text again."]
    #expect(BoilerplateFilter.removingLinkLists(lines) == ["This sentence is body text again."])
  }

  @Test func closingBioNeedsANameAVerbAndABioWord() {
    #expect(TextShape.isClosingBio("Jane Q. Roe is a senior fellow at the Example Center. Follow her @jroe."))
    #expect(!TextShape.isClosingBio("Leaders should put a comprehensive and dynamic strategy in place now."))
    #expect(!TextShape.isClosingBio("Secretary Kelly was clear that demand reduction in the U.S. was vital."))
  }

  /// A paragraph that merely mentions chrome phrases survives the whole pipeline.
  @Test func bodyMentioningChromePhrasesIsKept() {
    let paragraphs = [
      "Headline of the Article",
      "Readers who want to read more about Merida can see all the documents; Getty Images has photos.",
      "Tags were attached to the shipments, and the most popular route was Tijuana. Read more",
      "Skip to main content is what the screen reader says first, the audit found.",
    ]
    let cleaned = ArticleCleaner.clean(paragraphs.joined(separator: "\n"))
    #expect(cleaned.text == paragraphs.joined(separator: "\n\n").replacingOccurrences(of: " Read more", with: ""))
  }
}
