import Testing

@testable import CronicaModel

/// The builder's word helpers read plain ASCII by bytes: the same answers as by characters.
@Suite struct ArticleReadingBytesTests {
  @Test(arguments: [
    ("homicides", "homicide"), ("seized", "seiz"), ("agencies", "agency"), ("ties", "ties"), ("eries", "erie"),
    ("class", "class"), ("bus", "bus"), ("used", "used"), ("cafés", "café"), ("países", "paíse"), ("", ""),
  ])
  func stemsEndings(word: String, stem: String) {
    #expect(ArticleReading.stem(word) == stem)
  }

  @Test func aYearIsARunOfFourDigits() {
    for (text, names) in [
      ("May 2019", true), ("2019–20", true), ("12345", false), ("FY19", false), ("late 2019.", true),
      ("١٩٩٩ ٢٠١٩", true), ("", false), ("on the 4th", false), ("2019", true),
    ] {
      #expect(ArticleReading.namesYear(text) == names, "\(text)")
      #expect(ArticleReading.namesYear(text) == text.split { !$0.isNumber }.contains { $0.count == 4 }, "\(text)")
    }
  }

  @Test func hedgesOfASCIIAndOtherText() {
    #expect(SupportText.hedge(in: "Officials may approve it.") == "may")
    #expect(SupportText.hedge(in: "In May officials approved it.") == nil)
    #expect(SupportText.hedge(in: "Mexico is on track to finish.") == "on track to")
    #expect(SupportText.hedge(in: "México is on track to finish.") == "on track to")
    #expect(SupportText.hedge(in: "Reportedly, México approved it.") == "Reportedly")
    #expect(SupportText.hedge(in: "The council approved the plan.") == nil)
  }
}
