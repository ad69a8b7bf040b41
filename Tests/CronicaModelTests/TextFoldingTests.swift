import Foundation
import Testing

@testable import CronicaModel

/// `TextFolding.fold`'s fast paths give exactly Foundation's folding.
@Suite struct TextFoldingTests {
  /// Texts covering each path: ASCII, the Latin table, and Foundation's fallback.
  static let table: [String] = [
    "", "merida", "The Mérida Initiative, FY 2019-22", "ALL CAPS @[\\]^_`{|}~ 0123456789\t\n\r\n",
    "Ciudad Juárez, Nuevo León, Michoacán, Añoranza, ¿Qué pasó? ¡Sí!", "ÁÉÍÓÚÜÑ áéíóúüñ",
    "Straße STRASSE ß ẞ", "İstanbul ıstanbul I i", "ﬁnal ﬂow ﬀ", "Æsir Œuvre Ø Ł Đ Ħ ſ", "ŉ Ǆ ǅ ǆ ǰ Ǻ",
    "µ ª º ½ ² × ÷ ¿ « » \u{A0} \u{AD}", "Me\u{301}rida (decomposed)", "e\u{301}\u{323}", "\u{301}lone mark",
    "墨西哥与美国的安全合作", "Ｆｕｌｌ ｗｉｄｔｈ ｶﾀｶﾅ", "👨‍👩‍👧 family 🇲🇽🇺🇸 flags", "Σίσυφος ΣΑΣ", "Москва",
    "Ångström Å Å", "Å\u{30A}", "ǅungla ǈ ǋ", "\u{80}\u{9F}\u{24F}\u{250}",
  ]

  @Test(arguments: table)
  func foldEqualsFoundation(text: String) {
    let folded = TextFolding.fold(text)
    let reference = TextFolding.foundationFold(text)
    #expect(folded.utf8.elementsEqual(reference.utf8), "\(folded.debugDescription) vs \(reference.debugDescription)")
  }

  @Test func everyASCIIByteFoldsAsFoundationDoes() {
    for value in UInt8(0)..<0x80 {
      let text = String(decoding: [value, 0x41, value], as: UTF8.self)
      #expect(TextFolding.fold(text).utf8.elementsEqual(TextFolding.foundationFold(text).utf8), "byte \(value)")
    }
  }

  @Test func everyTableScalarFoldsAsFoundationDoesBetweenLetters() {
    // Each scalar of the table alone and between ASCII and Latin neighbours, as in running text.
    for value in UInt32(0x80)...TextFolding.tableEnd {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in ["\(scalar)", "A\(scalar)b", "é\(scalar)Ñ", "\(scalar)\(scalar)"] {
        #expect(TextFolding.fold(text).utf8.elementsEqual(TextFolding.foundationFold(text).utf8), "U+\(String(value, radix: 16))")
      }
    }
  }

  @Test func seededRandomLatinTextFoldsAsFoundationDoes() {
    var state: UInt64 = 0x5EED
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let alphabet: [Unicode.Scalar] = (0x20...0x7E).compactMap(Unicode.Scalar.init)
      + (0x80...0x24F).compactMap(Unicode.Scalar.init) + ["\u{301}", "\u{308}", "Σ", "ς", "\u{FF21}"]
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<(Int(next() % 40)) { text.unicodeScalars.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
      #expect(TextFolding.fold(text).utf8.elementsEqual(TextFolding.foundationFold(text).utf8), "\(text.debugDescription)")
    }
  }

  @Test func fastPathsAreTaken() {
    var ascii = "Plain ASCII"
    var latin = "Ciudad Juárez"
    var greek = "Σ"
    ascii.withUTF8 { #expect(TextFolding.foldASCII($0) == "plain ascii") }
    latin.withUTF8 { #expect(TextFolding.foldASCII($0) == nil) }
    latin.withUTF8 { #expect(TextFolding.foldLatin($0) == "ciudad juarez") }
    greek.withUTF8 { #expect(TextFolding.foldLatin($0) == nil) }
  }
}
