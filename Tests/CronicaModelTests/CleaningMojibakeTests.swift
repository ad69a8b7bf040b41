import Foundation
import Testing

@testable import CronicaModel

/// GBK mojibake repair: the lost-byte restore cases, round trips, and no-ops on clean text.
@Suite struct CleaningMojibakeTests {
  /// Damaged fragments as they appear in article 004, with the text they must become.
  static let restoreCases: [(damaged: String, expected: String)] = [
    ("take a 鈥渇resh鈥 approach", "take a \u{201C}fresh\u{201D} approach"),
    ("to 鈥refocus assistance", "to \u{201C}refocus assistance"),
    ("鈥渢he demand. We have to have 鈥 develop", "\u{201C}the demand. We have to have \u{2014} develop"),
    ("鈥渢hat involves everybody鈥︹ A successful", "\u{201C}that involves everybody\u{2026}\u{201D} A successful"),
    ("鈥渢here are issues of concern between the United States and Mexico鈥 -- a good message",
      "\u{201C}there are issues of concern between the United States and Mexico\u{201D} -- a good message"),
    ("鈥渂etween Mexico鈥-- a good message", "\u{201C}between Mexico\u{201D}-- a good message"),
    ("鈥渨ith some very innovative new ideas鈥. And", "\u{201C}with some very innovative new ideas\u{201D}. And"),
    ("the ministers鈥 remarks demonstrated", "the ministers\u{2019} remarks demonstrated"),
    ("would come to鈥", "would come to\u{2026}"),
    ("would come to鈥\nNext line", "would come to\u{2026}\nNext line"),
    ("We鈥檝e never tied it; we鈥檝e never done it.", "We\u{2019}ve never tied it; we\u{2019}ve never done it."),
    ("that鈥攊f implemented well鈥攚ill produce", "that\u{2014}if implemented well\u{2014}will produce"),
    ("Miguel 脕ngel Osorio Chong and Luis T茅llez", "Miguel \u{00C1}ngel Osorio Chong and Luis T\u{00E9}llez"),
    ("Mexico;聽Distinguished, by Luis T茅llez", "Mexico;\u{00A0}Distinguished, by Luis T\u{00E9}llez"),
  ]

  @Test(arguments: restoreCases.indices)
  func lostBytesAreRestoredFromContext(index: Int) {
    let (damaged, expected) = Self.restoreCases[index]
    let outcome = MojibakeRepair.repair(damaged)
    #expect(outcome.text == expected)
    #expect(outcome.repaired)
  }

  /// Sentences put through a simulated UTF-8 → GBK → UTF-8 round trip come back whole.
  static let roundTrips = [
    "He said \u{201C}yes\u{201D} and she\u{2019}s fine.",
    "Good\u{2014}and better\u{2014}cooperation, \u{201C}he said.\u{201D}",
    "Jos\u{00E9} Pe\u{00F1}a and Andr\u{00E9}s Manuel L\u{00F3}pez Obrador met in Le\u{00F3}n.",
    "A \u{2018}quoted\u{2019} word, caf\u{00E9}s and the Caf\u{00E9} Tacuba.",
    "It\u{2019}s \u{201C}the market\u{201D} for drugs, as Secretary Tillerson put it.",
  ]

  @Test(arguments: roundTrips)
  func simulatedRoundTripIsUndone(original: String) {
    let damaged = GBKMojibake.simulate(original)
    #expect(damaged != original)
    #expect(MojibakeRepair.repair(damaged).text == original)
  }

  /// Foundation on this platform encodes GB 18030 with the raw value the repair uses.
  @Test func foundationEncodesGB18030() throws {
    let bytes = try #require("鈥渇聽".data(using: MojibakeRepair.gb18030))
    #expect([UInt8](bytes) == [0xE2, 0x80, 0x9C, 0x66, 0xC2, 0xA0])
  }

  @Test func simulationMatchesTheSeedDamage() {
    #expect(GBKMojibake.simulate("take a \u{201C}fresh\u{201D} approach") == "take a 鈥渇resh鈥 approach")
    #expect(GBKMojibake.simulate("Miguel \u{00C1}ngel") == "Miguel 脕ngel")
  }

  /// Texts without the pattern pass through unchanged.
  static let cleanTexts = [
    "Plain English text with \u{201C}curly quotes\u{201D}, em dashes\u{2014}and ellipses\u{2026}",
    "La Iniciativa M\u{00E9}rida, Jalisco Nueva Generaci\u{00F3}n, Luis T\u{00E9}llez, a\u{00F1}o, \u{00BF}qu\u{00E9}?",
    "北京欢迎你", "東京は日本の首都です。", "一", "茅台",
    "emoji \u{1F44D}\u{1F3FD} \u{1F1F2}\u{1F1FD} \u{1F600}",
    "Ελληνικά και русский текст",
  ]

  @Test(arguments: cleanTexts)
  func cleanTextIsUntouched(text: String) {
    let outcome = MojibakeRepair.repair(text)
    #expect(outcome.text == text)
    #expect(!outcome.repaired)
    #expect(ArticleCleaner.clean(text).text == text)
  }

  @Test(arguments: ["000_8afc2bc4971c8686.txt", "001_57bddd4777f8f53b.txt", "002_fb1a71ee8db72bfb.txt",
    "003_518b4b54a8ce94fb.txt"])
  func cleanSeedsAreUntouched(origin: String) throws {
    let raw = try CleaningFixtures.raw(origin)
    let outcome = MojibakeRepair.repair(raw)
    #expect(outcome.text == raw)
    #expect(!outcome.repaired)
  }

  /// Real Chinese and Japanese next to mojibake stay as they are while the mojibake is repaired.
  @Test func realCJKBesideMojibakeIsKept() {
    let damaged = "He said 鈥渇resh鈥 in 北京欢迎你 and 東京, then 一 and 茅台."
    let outcome = MojibakeRepair.repair(damaged)
    #expect(outcome.text == "He said \u{201C}fresh\u{201D} in 北京欢迎你 and 東京, then 一 and 茅台.")
    #expect(outcome.repaired)
  }

  /// Without markers, a single run or a run detached from Latin words is never repaired.
  @Test(arguments: ["Jos茅 alone", "Jos茅 Pe帽a, but 北京 too", "价格 茅 and 帽 stand alone"])
  func unmarkedTextNeedsTheFullPattern(text: String) {
    #expect(MojibakeRepair.repair(text) == MojibakeRepair.Outcome(text: text, repaired: false))
  }

  @Test func repairIsIdempotent() {
    for (damaged, _) in Self.restoreCases {
      let once = MojibakeRepair.repair(damaged).text
      #expect(MojibakeRepair.repair(once).text == once)
    }
  }
}

/// Simulates the damage: UTF-8 bytes decoded as GBK (dropping bytes GBK cannot pair), saved as UTF-8.
enum GBKMojibake {
  /// The text as it looks after the round trip.
  static func simulate(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var result = ""
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        result.unicodeScalars.append(Unicode.Scalar(byte))
        index += 1
      } else if index + 1 < bytes.count,
        let pair = String(data: Data(bytes[index...index + 1]), encoding: MojibakeRepair.gb18030),
        pair.unicodeScalars.count == 1
      {
        result += pair
        index += 2
      } else {
        index += 1
      }
    }
    return result
  }
}
