import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

/// Every case of the hostile corpus that loads, drawn as SVG and HTML: valid SVG 1.1, no script
/// but the page's own, no element that did not come from the exporter, no control character.
@Suite struct HostilePictureTests {
  /// The cases that load. `huge-article` is left out: its hostility is the size of an article's
  /// text, which the pictures never contain (only quotes).
  static let loadable = HostileCase.all.filter { $0.expect.status == 0 && $0.setup != "huge-article" }

  /// The elements the exporter writes; any other tag name in a page came from the content.
  static let exporterTags: Set<String> = [
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "nav", "span", "button",
    "figure", "figcaption", "svg", "desc", "rect", "line", "circle", "polygon", "text", "g", "main", "section", "ol",
    "li", "details", "summary", "div", "blockquote", "a", "footer", "script", "table", "caption", "thead", "tbody",
    "tr", "th", "td",
  ]

  /// Tag names in markup (`<name` or `</name`) that the exporter does not write.
  static func foreignTags(in markup: String) -> Set<String> {
    var found = Set<String>()
    for piece in markup.components(separatedBy: "<").dropFirst() {
      let name = String(piece.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "!" || $0 == "-" })
      if !name.isEmpty, !exporterTags.contains(name) { found.insert(name) }
    }
    return found
  }

  @Test func theMarkupCaseIsInTheCorpus() {
    #expect(Self.loadable.contains { $0.name == "markup-in-every-field" })
  }

  @Test(arguments: loadable)
  func picturesShowHostileContentAsText(_ hostile: HostileCase) throws {
    let (path, scratch) = try hostile.prepare()
    defer { HostileCase.cleanUp(scratch) }
    let corpus = try Corpus.open(at: path).corpus
    for lanes in PictureOptions.Lanes.allCases {
      let picture = TimelinePicture(
        corpus: corpus, positions: Array(corpus.events.indices), options: PictureOptions(lanes: lanes))
      let svg = picture.svgDocument()
      let html = picture.htmlDocument()
      #expect(try SVGValidation.problems(in: svg) == "", "\(hostile.name) \(lanes)")
      #expect(Self.foreignTags(in: svg).isEmpty, "\(hostile.name): \(Self.foreignTags(in: svg))")
      #expect(!svg.contains("<script"))
      #expect(Self.foreignTags(in: html).isEmpty, "\(hostile.name): \(Self.foreignTags(in: html))")
      #expect(html.components(separatedBy: "<script").count - 1 == (corpus.events.isEmpty ? 0 : 1))
      for output in [svg, html] {
        #expect(SafeOutput.unsafeScalars(in: output).isEmpty, "\(hostile.name): control characters in the export")
      }
    }
  }
}
