import CronicaModel
import Testing

/// Themes found by key, label or phrase (`--theme`, the browser's theme panel).
@Suite struct ThemeLookupTests {
  static let themes = [
    Theme(key: "arms", label: "Arms trafficking", description: "", phrases: ["weapons", "gun smuggling"]),
    Theme(key: "cash-flow", label: "Cash flow and money laundering", description: "", phrases: ["bulk cash"]),
    Theme(key: "demand-health", label: "Drug demand and public health", description: "", phrases: ["overdose"]),
    Theme(key: "heroin-production", label: "Heroin and drug production", description: "", phrases: ["opium"]),
    Theme(key: "institutions", label: "Institutions and funding (Mérida)", description: "", phrases: ["merida"]),
  ]
  let lookup = ThemeLookup(themes: ThemeLookupTests.themes)

  @Test(arguments: [
    ("arms", ["arms"]), ("Arms", ["arms"]), ("ARMS TRAFFICKING", ["arms"]), ("weapons", ["arms"]),
    ("Gun-Smuggling", ["arms"]), ("money", ["cash-flow"]), ("Cash-Flow", ["cash-flow"]), ("cash flow", ["cash-flow"]),
    ("bulk cash", ["cash-flow"]), ("MÉRIDA", ["institutions"]), ("merida", ["institutions"]),
    ("public health", ["demand-health"]), ("  overdose ", ["demand-health"]),
  ] as [(String, [String])])
  func resolvesKeyLabelOrPhraseIgnoringCaseAccentsAndHyphens(value: String, keys: [String]) {
    #expect(lookup.resolve(value) == .themes(keys))
  }

  @Test func aWordOfSeveralThemesIsAmbiguous() {
    #expect(lookup.resolve("drug") == .ambiguous(["demand-health", "heroin-production"]))
  }

  @Test func anUnknownThemeSuggestsTheNearestByLabelAndPhrase() {
    #expect(lookup.resolve("wepons") == .unknown(nearest: ["arms"]))
    #expect(lookup.resolve("heroine") == .unknown(nearest: ["heroin-production"]))
    #expect(lookup.resolve("gnu-smugling") == .unknown(nearest: ["arms"]))
    #expect(lookup.resolve("laund") == .unknown(nearest: ["cash-flow"]), "the start of a word")
    #expect(lookup.resolve("zz") == .unknown(nearest: []))
    #expect(lookup.resolve("opioids") == .unknown(nearest: []), "nothing is close")
    #expect(lookup.resolve("") == .unknown(nearest: []))
  }

  @Test func theFilterKeepsThemesWithAWordStartingWithTheText() {
    func keys(_ text: String) -> [String] { lookup.filter(text).map { Self.themes[$0].key } }
    #expect(keys("") == Self.themes.map(\.key))
    #expect(keys("d") == ["demand-health", "heroin-production"])
    #expect(keys("l") == ["cash-flow"])
    #expect(keys("dr") == ["demand-health", "heroin-production"])
    #expect(keys("MER") == ["institutions"])
    #expect(keys("gun smug") == ["arms"])
    #expect(keys("zz").isEmpty)
  }

  @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    #expect(TextFolding.editDistance(Array("weapons"), Array("wepons")) == 1)
    #expect(TextFolding.editDistance(Array(""), Array("abc")) == 3)
    #expect(TextFolding.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(TextFolding.editDistance(Array("gnus"), Array("guns")) == 1, "a swap of neighbours is one edit")
  }

  @Test func aCappedEditDistanceIsTheDistanceOrTheCap() {
    var random = SystemRandomNumberGenerator()
    let letters = Array("abcé")
    for _ in 0..<2_000 {
      let a = (0..<Int.random(in: 0...7, using: &random)).map { _ in letters.randomElement(using: &random)! }
      let b = (0..<Int.random(in: 0...7, using: &random)).map { _ in letters.randomElement(using: &random)! }
      let full = TextFolding.editDistance(a, b)
      for cap in 0...8 {
        #expect(TextFolding.editDistance(a, b, cap: cap) == min(full, cap), "\(a) \(b) cap \(cap)")
      }
    }
  }
}
