import Foundation
import Testing

@testable import CronicaModel

/// Issue 14, points 8 and 12: front matter that is hostile (an alias bomb, a huge block) is
/// refused with its location before YAML builds anything; lone-CR line endings are read.
@Suite struct FrontMatterFaultTests {
  func read(_ text: String) -> (article: Article?, problems: [CorpusProblem], warnings: [CorpusProblem]) {
    var problems: [CorpusProblem] = []
    var warnings: [CorpusProblem] = []
    let article = UserArticle.readWithMode(text, file: "a.md", origin: "a.md", problems: &problems, warnings: &warnings)?.article
    return (article, problems, warnings)
  }

  /// An alias bomb: each level a list of nine aliases of the level before, the last used as a
  /// mapping key (Yams' duplicate-key check hashes a key's whole expansion: 9^levels nodes).
  static func bomb(levels: Int) -> String {
    var text = "---\nid: bomb\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for level in 1..<levels {
      text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    text += "? *l\(levels - 1)\n: key\ntitle: bomb\n---\nBody.\n"
    return text
  }

  @Test("an alias bomb used as a key is refused at its first alias, before anything is expanded")
  func aliasBombAsKey() {
    // Nine levels (about 1 KB) took 53 s before; six keep the failing run short (~0.5 s).
    let result = read(Self.bomb(levels: 6))
    #expect(result.article == nil)
    #expect(
      result.problems.map(\.description) == [
        "a.md: line 4, column 10: YAML aliases (*name) are not allowed in front matter; write the value out"
      ])
  }

  @Test("any alias is refused, as a value too; an anchor alone is harmless")
  func aliasAsValue() {
    let refused = read("---\nid: x\ntitle: &t Title\noutlet: *t\n---\nBody.\n")
    #expect(refused.problems.map(\.location) == ["line 4, column 9"])
    let anchored = read("---\nid: x\ntitle: &t Title\n---\nBody.\n")
    #expect(anchored.problems.isEmpty && anchored.article?.title == "Title")
  }

  @Test("front matter over 64 KB is refused unparsed, with where and why")
  func hugeFrontMatter() {
    let filler = String(repeating: "note: \(String(repeating: "x", count: 100))\n", count: 700)
    let result = read("---\nid: x\n" + filler + "---\nBody.\n")
    #expect(result.article == nil)
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.location == "line 2, column 1")
    #expect(result.problems.first?.message.hasPrefix("the front matter is larger than 64 KB") == true)
  }

  @Test("lone-CR line endings (classic Mac OS): the front matter is read, not taken for text")
  func loneCarriageReturns() {
    let result = read("---\rid: cr\rtitle: Carriage returns\routlet: Old Mac\r---\rThe body.\r")
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.article?.id == "cr")
    #expect(result.article?.title == "Carriage returns")
    #expect(result.article?.text.contains("---") == false)
  }
}
