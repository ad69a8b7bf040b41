import Testing

@testable import CronicaModel

/// The builder's word rules, read by bytes where a text is ASCII and by characters where it is
/// not: explicit answers, with the characters that sit on the edges (accents written as one
/// scalar or two, the Kelvin sign, a prepended mark that joins the letter after it, joiners).
@Suite struct WordRulesTests {
  @Test(arguments: [
    ("homicides", "homicide"), ("seized", "seiz"), ("agencies", "agency"), ("ties", "ties"), ("eries", "erie"),
    ("class", "class"), ("mass", "mass"), ("bus", "bus"), ("used", "used"), ("cafés", "café"), ("países", "paíse"),
    ("", ""), ("niñas", "niña"), ("\u{212A}elvins", "\u{212A}elvin"), ("agencie\u{301}s", "agencie\u{301}"),
    // Characters, not bytes, count: four and three of them.
    ("ésés", "ésés"), ("e\u{301}e\u{301}s", "e\u{301}e\u{301}s"), ("x\u{301}x\u{301}x\u{301}ies", "x\u{301}x\u{301}x\u{301}y"),
    // A mark after the ending, or a prepended mark before it, makes it end otherwise.
    ("tied\u{301}", "tied\u{301}"), ("storie\u{301}s", "storie\u{301}"), ("abc\u{600}ed", "abc\u{600}ed"), ("abcd\u{600}s", "abcd\u{600}s"),
  ])
  func stemsEndings(word: String, stem: String) {
    #expect(ArticleReading.stem(word) == stem)
  }

  @Test func aYearIsARunOfFourNumbers() {
    for (text, names) in [
      ("May 2019", true), ("2019–20", true), ("12345", false), ("FY19", false), ("late 2019.", true), ("", false),
      ("on the 4th", false), ("2019", true), ("in 1999 and 2000s", true), ("١٩٩٩ ٢٠١٩", true), ("２０１９", true),
      // A mark joins the digit before it (four characters, then five); U+0600 joins the one after it.
      ("201\u{301}9", true), ("2019\u{301}0", false), ("\u{600}2019", false), ("x\u{600}2019", false), ("2019\u{600}", true),
    ] {
      #expect(text.hasFourDigitNumber == names, "\(text.debugDescription)")
    }
  }

  @Test func hedgesAreWordsAndPhrasesOfLetters() {
    let cases: [(String, String?, String?)] = [
      ("Officials may approve it.", "may", "may"), ("In May officials approved it.", nil, nil), ("MAY 2019: talks ended.", nil, nil),
      ("mAy", nil, nil), ("Ｍａｙ", nil, nil), ("Mexico is on track to finish.", "on track to", "on track to"),
      ("México is on track to finish.", "on track to", "on track to"), ("Reportedly, México approved it.", "Reportedly", "Reportedly"),
      ("The council approved the plan.", nil, nil), ("It seems\r\nlikely.", "seems", "seems"), ("REPORTEDLY done", "REPORTEDLY", "REPORTEDLY"),
      ("Talks were li\u{212A}ely to end.", "li\u{212A}ely", "li\u{212A}ely"), ("Ón tráck tó finish.", "on track to", "on track to"),
      ("ＯＮ ＴＲＡＣＫ ＴＯ finish", "on track to", "on track to"), ("Officials mañana may act", "may", "may"),
      ("If not sooner, in 2020.", "if not", "if not"), ("ifnot on-track to", "on track to", "on track to"), ("track to on", nil, nil),
      ("x", nil, nil), ("", nil, nil), ("2019-05-01", nil, nil), ("Talks were likely-ish", "likely", "likely"),
      ("the unlikely event", "unlikely", "unlikely"), ("PROBABLY\u{2014}not", "PROBABLY", "PROBABLY"), ("Probablyé", nil, nil),
      ("Officials said so", nil, "said"), ("\u{1F1FA}\u{1F1F8} could", "could", "could"),
      // Marks join the letter before them; U+0600 joins the one after it, which is then no letter.
      ("cafe\u{301}may", nil, nil), ("It m\u{301}ay rain", nil, nil), ("It may\u{301} rain", nil, nil), ("They -\u{301}may go", "may", "may"),
      ("\u{600}may approve", nil, nil), ("x\u{600}may approve", nil, nil), ("ma\u{200D}y", nil, nil),
    ]
    for (text, hedge, summaryHedge) in cases {
      #expect(SupportText.hedge(in: text) == hedge, "\(text.debugDescription)")
      #expect(SupportText.hedge(in: text, words: .summaryHedges) == summaryHedge, "\(text.debugDescription)")
    }
  }

  /// Flags are pairs of regional indicators: each is read forward from its start (a search back
  /// for a character's start would count every flag before it, quadratic in the run). CR LF
  /// before a non-ASCII character is one character, its LF joined to the CR.
  @Test func runsOfFlagsAndLineBreaksBeforeAccents() {
    let flags = String(repeating: "\u{1F1F2}\u{1F1FD}", count: 20_000)
    #expect(SupportText.hedge(in: flags + " may 2019") == "may")
    #expect((flags + "2019").hasFourDigitNumber)
    #expect(!(flags + "20190").hasFourDigitNumber)
    #expect(("2019\r\né").hasFourDigitNumber)
    #expect(SupportText.hedge(in: "seems\r\néx") == "seems")
    #expect(SupportText.hedge(in: "a\r\nçlikely") == nil, "ç is a letter: the word is çlikely")
  }
}
