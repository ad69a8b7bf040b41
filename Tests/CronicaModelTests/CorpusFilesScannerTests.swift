import Foundation
import Testing

@testable import CronicaModel

/// The fast reader of `manifest.json` and `themes.json` must read exactly what `JSONDecoder`
/// reads, and give up on anything it does not fully understand.
@Suite struct CorpusFilesScannerTests {
  /// A value's canonical JSON, for comparing what the two readers built.
  static func canonical<T: Encodable>(_ value: T?) -> Data? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return value.flatMap { try? encoder.encode($0) }
  }

  static func manifest(_ entry: String = "", version: String = "1", extra: String = "") -> Data {
    Data(
      """
      {"format_version": \(version), "articles": [
        {"id": "a1", "title": "T\\u00e9 \\"q\\"", "outlet": "O", "authors": ["A", "B"], "published": "2019-05",
         "published_display": "May 2019", "date_basis": "stated", "origin": "a1.txt"\(entry)},
        {"id": "a2", "title": "Mérida", "title_supplied": true, "outlet": "O", "authors": [], "published": null,
         "published_display": "", "date_basis": "", "origin": "a2.txt", "note": {"x": [1, 2.5, null]}}
      ]\(extra)}
      """.utf8)
  }

  static func themes(_ entry: String = "") -> Data {
    Data(
      """
      {"format_version": 1, "themes": [
        {"key": "arms", "label": "Arms", "description": "Guns", "phrases": ["arms", "firearm"]\(entry)},
        {"key": "cash", "label": "Cash", "description": "", "phrases": []}
      ]}
      """.utf8)
  }

  @Test func bundledFilesReadAsJSONDecoderReadsThem() throws {
    for (file, fast, slow) in [
      (CorpusFiles.manifest, { Self.canonical(EventsFileScanner.manifest(in: $0)) },
       { Self.canonical(try? JSONDecoder().decode(CorpusFiles.Manifest.self, from: $0)) }),
      (CorpusFiles.themes, { Self.canonical(EventsFileScanner.themesFile(in: $0)) },
       { Self.canonical(try? JSONDecoder().decode(CorpusFiles.ThemesFile.self, from: $0)) }),
    ] as [(String, (Data) -> Data?, (Data) -> Data?)] {
      let data = try Data(contentsOf: BundledCorpusFiles.folder.appendingPathComponent(file))
      let read = try #require(fast(data), "\(file) went to JSONDecoder")
      #expect(read == slow(data), "\(file)")
    }
  }

  @Test(arguments: [
    ("as written", manifest()), ("unknown key skipped", manifest(#", "extra": "x""#)),
    ("title_supplied null", manifest(#", "title_supplied": null"#)), ("BOM", Data([0xEF, 0xBB, 0xBF]) + manifest()),
  ] as [(String, Data)])
  func manifestsAgree(_ name: String, _ data: Data) throws {
    let fast = try #require(EventsFileScanner.manifest(in: data), "\(name)")
    #expect(Self.canonical(fast) == Self.canonical(try JSONDecoder().decode(CorpusFiles.Manifest.self, from: data)))
  }

  @Test func themesAgree() throws {
    for data in [Self.themes(), Self.themes(#", "colour": "red""#)] {
      let fast = try #require(EventsFileScanner.themesFile(in: data))
      #expect(Self.canonical(fast) == Self.canonical(try JSONDecoder().decode(CorpusFiles.ThemesFile.self, from: data)))
    }
  }

  @Test(arguments: [
    ("duplicate key", manifest(#", "outlet": "P""#)), ("null required", manifest().replacing(#""outlet": "O""#, #""outlet": null"#)),
    ("version not exact", manifest(version: "1.0")), ("version as text", manifest(version: #""1""#)),
    ("trailing garbage", manifest() + Data("x".utf8)), ("missing key", manifest().replacing(#""origin": "a1.txt""#, #""x": 1"#)),
    ("invalid date", manifest().replacing("2019-05", "2019-13")), ("boolean as text", manifest(#", "title_supplied": "yes""#)),
    ("authors not a list", manifest().replacing(#"["A", "B"]"#, #""A""#)), ("exponent in unknown", manifest(#", "n": 1e3"#)),
    ("themes file as manifest", themes()), ("empty", Data()), ("a list", Data("[]".utf8)),
  ] as [(String, Data)])
  func manifestGivesUp(_ reason: String, _ data: Data) {
    #expect(EventsFileScanner.manifest(in: data) == nil, "\(reason)")
  }

  @Test func themesGiveUpOnWhatTheyDoNotUnderstand() {
    for data in [
      Self.themes(#", "key": "x""#), Self.themes().replacing(#""phrases": []"#, #""phrases": null"#),
      Self.themes().replacing(#""label": "Cash", "#, ""), Self.manifest(),
    ] {
      #expect(EventsFileScanner.themesFile(in: data) == nil)
    }
  }

  @Test func invalidUTF8GivesUp() {
    var bytes = Array(Self.manifest())
    for index in bytes.indices where bytes[index] == UInt8(ascii: "O") { bytes[index] = 0xFF }
    #expect(EventsFileScanner.manifest(in: Data(bytes)) == nil)
  }
}

extension Data {
  /// The data with every occurrence of `old` (as UTF-8) replaced by `new`.
  fileprivate func replacing(_ old: String, _ new: String) -> Data {
    Data(String(decoding: self, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
  }
}
