import Testing

@testable import CronicaModel

/// One rule for web addresses: what an article's front matter or a TimelineJS slide may give is
/// what the browser opens and an export links to.
@Suite struct WebAddressTests {
  static let accepted = ["https://example.org/a1", "HTTP://Example.org", "http://a?q=1#x"]
  static let refused = [
    "https://", "http:///no-host", "ftp://example.org", "javascript:alert(1)", "example.org",
    "https://a b", "https://a\u{A0}b", "https://a\tb", "https://a\u{2028}b", "https://a\u{85}b",
    "https://example.org/\u{9B}31m",
  ]

  @Test func theRule() {
    for address in Self.accepted { #expect(WebAddress.isOpenable(address), "\(address)") }
    for address in Self.refused { #expect(!WebAddress.isOpenable(address), "\(address.debugDescription)") }
  }

  /// Front matter: an address the browser would not open is refused where it is written.
  @Test func frontMatterURLFollowsTheRule() {
    for (address, ok) in [("https://example.org/a1", true), ("http:///no-host", false), ("https://a\u{A0}b", false)] {
      var problems: [CorpusProblem] = []
      var warnings: [CorpusProblem] = []
      let article = UserArticle.readWithMode(
        "---\ntitle: A\nurl: \(address)\n---\nBody.\n", file: "a.md", origin: "a.md", problems: &problems,
        warnings: &warnings)?.article
      #expect((article?.url == address) == ok, "\(address.debugDescription)")
      #expect(
        problems.map(\.description) == (ok ? [] : ["a.md: line 3, column 6: url: expected an http:// or https:// address, found '\(address)'"]),
        "\(address.debugDescription)")
    }
  }

  /// A TimelineJS slide's media address is kept as the article's address only when it follows the rule.
  @Test func timelineJSMediaFollowsTheRule() {
    for (address, ok) in [("https://example.org/a1", true), ("http:///no-host", false), ("https://a\u{A0}b", false)] {
      let slide = TimelineJSFile.Slide(text: .init(headline: "A"), media: .init(url: address))
      #expect((TimelineJS.SlideContent(slide, number: 1).webAddress == address) == ok, "\(address.debugDescription)")
    }
  }
}
