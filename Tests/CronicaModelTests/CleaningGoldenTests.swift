import Foundation
import Testing

@testable import CronicaModel

/// Golden-file and whole-article tests of the cleaning pipeline on the five seed articles.
@Suite struct CleaningGoldenTests {
  @Test(arguments: CleaningFixtures.origins)
  func cleanedTextMatchesGolden(origin: String) throws {
    let cleaned = ArticleCleaner.clean(try CleaningFixtures.raw(origin)).text
    let golden = CleaningFixtures.goldenFolder.appendingPathComponent(origin)
    if CleaningFixtures.recording {
      try FileManager.default.createDirectory(
        at: CleaningFixtures.goldenFolder, withIntermediateDirectories: true)
      try cleaned.write(to: golden, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(cleaned == expected, "\(origin) differs from its golden; RECORD_GOLDEN=1 rewrites it")
  }

  @Test(arguments: CleaningFixtures.origins)
  func cleaningIsIdempotent(origin: String) throws {
    let once = ArticleCleaner.clean(try CleaningFixtures.raw(origin)).text
    let twice = ArticleCleaner.clean(once)
    #expect(twice.text == once)
    #expect(!twice.repairedMojibake)
  }

  @Test(arguments: CleaningFixtures.origins)
  func paragraphsAreSeparatedByOneBlankLine(origin: String) throws {
    let text = ArticleCleaner.clean(try CleaningFixtures.raw(origin)).text
    #expect(!text.isEmpty)
    #expect(!text.hasPrefix("\n") && !text.hasSuffix("\n"))
    #expect(!text.contains("\n\n\n"))
    #expect(!text.contains("\r") && !text.contains("\t") && !text.contains("\u{00A0}") && !text.contains("  "))
    for paragraph in text.components(separatedBy: "\n\n") {
      #expect(!paragraph.isEmpty && !paragraph.contains("\n"))
      #expect(paragraph == paragraph.trimmingCharacters(in: .whitespaces))
    }
  }

  /// Every long raw paragraph (after repair and spacing) is kept word for word, except the ones
  /// known to be chrome or bios; the word counts prove nothing else was lost.
  @Test(arguments: CleaningFixtures.origins)
  func everyBodyParagraphIsKept(origin: String) throws {
    let raw = try CleaningFixtures.raw(origin)
    let cleaned = ArticleCleaner.clean(raw)
    let rawLines = LineNormalizer.lines(of: MojibakeRepair.repair(raw).text).filter { !$0.isEmpty }
    let paragraphs = Set(cleaned.text.components(separatedBy: "\n\n"))
    // Long raw lines that are chrome, captions or bios, each checked by other tests.
    let setAside = [
      "The Mexico Institute seeks", "Earl Anthony Wayne was U.S. ambassador", "The views expressed by contributors",
      "Schoolchildren under police protection", "Former Career Ambassador", "Tags ",
    ]
    let body = rawLines.filter { line in
      CleaningFixtures.words(line).count >= 12 && !setAside.contains { line.hasPrefix($0) }
    }
    #expect(body.count >= 4)
    for line in body {
      #expect(paragraphs.contains(line), "lost body paragraph: \(line.prefix(60))")
    }
    let bodyWords = body.reduce(0) { $0 + CleaningFixtures.words($1).count }
    let cleanedWords = CleaningFixtures.words(cleaned.text).count
    #expect(cleanedWords >= bodyWords)
    #expect(cleanedWords <= CleaningFixtures.words(raw).count)
  }

  /// Repair changes characters, never word boundaries: every line of 004 keeps its word count.
  @Test func repairKeepsEveryWordOfEveryLine() throws {
    let raw = try CleaningFixtures.raw("004_ca3e754974129757.txt")
    let before = LineNormalizer.lines(of: raw)
    let after = LineNormalizer.lines(of: MojibakeRepair.repair(raw).text)
    #expect(before.count == after.count)
    for (damaged, repaired) in zip(before, after) {
      // 聽 is the GBK reading of a no-break space, which separates two words once repaired.
      let damaged = damaged.replacingOccurrences(of: "聽", with: " ")
      #expect(CleaningFixtures.words(damaged).count == CleaningFixtures.words(repaired).count, "\(repaired.prefix(60))")
    }
    #expect(before.reduce(0) { $0 + CleaningFixtures.words($1).count } > 1500)
  }

  @Test func mojibakeArticleIsFullyRepaired() throws {
    let cleaned = ArticleCleaner.clean(try CleaningFixtures.raw("004_ca3e754974129757.txt"))
    #expect(cleaned.repairedMojibake)
    #expect(!CleaningFixtures.containsCJK(cleaned.text))
    #expect(!cleaned.authorNotes.contains(where: CleaningFixtures.containsCJK))
    for phrase in [
      "take a \u{201C}fresh\u{201D} approach", "Miguel \u{00C1}ngel Osorio Chong", "to \u{201C}refocus assistance",
      "We\u{2019}ve never tied it", "have to have \u{2014} develop", "involves everybody\u{2026}\u{201D} A successful",
      "United States and Mexico\u{201D} -- a good message", "the ministers\u{2019} remarks",
      "innovative new ideas\u{201D}.", "that\u{2014}if implemented well\u{2014}will",
    ] {
      #expect(cleaned.text.contains(phrase), "missing: \(phrase)")
    }
  }

  @Test(arguments: ["000_8afc2bc4971c8686.txt", "001_57bddd4777f8f53b.txt", "002_fb1a71ee8db72bfb.txt",
    "003_518b4b54a8ce94fb.txt"])
  func cleanSeedsAreNotRepaired(origin: String) throws {
    #expect(!ArticleCleaner.clean(try CleaningFixtures.raw(origin)).repairedMojibake)
  }
}
