import CronicaSystem
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// The shortcuts a short article takes through reading and cleaning, against the answers of the
/// code they replace.
extension ReadingFastPathTests {
  /// Lines ending in the glued links, their look-alikes (case, combining marks, prepended marks,
  /// the Kelvin sign) and random lines.
  static func gluedLinkLines() throws -> [String] {
    let endings = [
      " Read more", " Read More", ". Read more", "! Read More", "\u{201D} Read more", ".Read more", ". read more",
      ". Read mor\u{E9}", ". Read more\u{301}", ".\u{600}Read more", ". Read \u{212A}more", ". READ MORE", "",
    ]
    let heads = ["Done.", "Done", "", "The council met.", "\u{600}", "é."] + randomLines(count: 2_000, seed: 5)
    return heads.flatMap { head in endings.map { head + $0 } } + (try lines())
  }

  @Test func gluedLinksAreStrippedAsByCharacters() throws {
    // The stripping before this change: every suffix compared by characters.
    func reference(_ line: String) -> String {
      for suffix in BoilerplateRule.gluedSuffixes where line.hasSuffix(suffix) {
        let head = line.dropLast(suffix.count)
        guard let beforeSpace = head.last, beforeSpace == " " else { continue }
        let sentence = head.dropLast()
        guard let end = sentence.last, ".!?…\u{201D}\")".contains(end) else { continue }
        return String(sentence)
      }
      return line
    }
    var stripped = 0
    for line in try Self.gluedLinkLines() {
      let answer = TextShape.strippingGluedLink(line)
      #expect(answer == reference(line), "\(line.debugDescription)")
      if answer != line { stripped += 1 }
    }
    #expect(stripped > 100)
  }

  @Test func fieldValuesAreStrippedJoinedAndTrimmed() {
    // The value before this change: stripped, joined and trimmed whatever it holds.
    func reference(_ raw: String) -> String? {
      var value = HTMLText.strippingControls(raw)
      if value.utf8.contains(0x0A) { value = value.replacingOccurrences(of: "\n", with: " ") }
      value = value.trimmedText
      return value.isEmpty ? nil : value
    }
    // Printable values of 0 to 40 bytes, and each with a byte that is not kept as it is (a
    // control character, DEL, a byte beyond ASCII, a space at an end) at every place: each of
    // the eight bytes read at once, the last eight overlapping.
    let odd = ["\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "\u{85}", "🚨", " "]
    let placed = (0...40).flatMap { length -> [String] in
      let plain = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x21 + $0 * 7 % 94))) })
      return [plain]
        + (0..<length).flatMap { place in
          odd.map { String(plain.prefix(place)) + $0 + String(plain.dropFirst(place + 1)) }
        }
    }
    let values =
      Self.randomLines(count: 20_000, seed: 23) + placed + [
        "", " ", "a", " a", "a ", "2001-02-02", "Council notes 0", "a\nb", "a\tb", "\u{7F}a", "a\u{85}", "~", "é",
      ]
    // Values of eight bytes or more, no space at either end (read eight at a time), kept as they
    // are, and refused by the eight-byte reads.
    var (kept, refused) = (0, 0)
    for raw in values {
      #expect(UserArticle.fieldValue(raw) == reference(raw), "\(raw.debugDescription)")
      var bytes = raw
      guard raw.utf8.count >= 8, raw.utf8.first != 0x20, raw.utf8.last != 0x20 else { continue }
      if bytes.withUTF8(UserArticle.isPlainValue) { kept += 1 } else { refused += 1 }
    }
    #expect(kept > 6_000, "\(kept) kept")
    #expect(refused > 15_000, "\(refused) refused by the eight-byte reads")
  }

  @Test func paragraphsOfOneLineAreThatLine() {
    var generator = SplitMix(seed: 29)
    for _ in 0..<5_000 {
      let lines = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        Bool.random(using: &generator) ? "" : Self.pieces.randomElement(using: &generator)!
      }
      #expect(LineNormalizer.paragraphs(lines) == lines.filter { !$0.isEmpty }.joined(separator: "\n\n"), "\(lines)")
    }
  }

  /// One buffer read through for files of every size, shrinking and growing: each text is its
  /// file's alone (nothing of a longer file read before), as Foundation decodes it.
  @Test func textsReadThroughOneBufferAreEachFilesOwn() throws {
    let folder = try TemporaryFolder("read-buffer")
    defer { folder.remove() }
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    var contents: [[UInt8]] = [0, 1, 200, 70_000, 3, 4096, 65_535, 65_536, 65_537, 10].map { size in
      (0..<size).map { UInt8(0x41 + $0 % 26) }
    }
    // A lone lead byte right after a file that completes it ("é" is C3 A9): read past its own
    // byte, it would decode as "é".
    contents += [bom + Array("text".utf8), bom + bom + Array("x".utf8), bom, [0x61, 0xFF, 0x62], Array("é".utf8), [0xC3], Array("é\n".utf8)]
    var buffer = Data()
    let open = try OpenFolder(folder.path)
    for (index, bytes) in contents.enumerated() {
      let name = "f\(index).md"
      try Data(bytes).write(to: folder.url(name))
      let expected = String(data: Data(bytes), encoding: .utf8)
      do throws(Corpus.ReadFailure) {
        let text = try Corpus.readText(atPath: name, in: open, buffer: &buffer)
        #expect(text == expected, "file \(index)")
        #expect(Array(text.utf8) == expected.map { Array($0.utf8) }, "file \(index)")
      } catch {
        #expect(expected == nil, "file \(index)")
        #expect(error.message == "not valid UTF-8 text; convert it to UTF-8")
      }
      #expect(try RegularFile.read(name, in: open) == Data(bytes))
    }
  }

  /// The builder's reader through one buffer: a short file after a long one is judged by its own
  /// bytes (blank, binary or text).
  @Test func builderTextsReadThroughOneBufferAreEachFilesOwn() throws {
    let folder = try TemporaryFolder("build-buffer")
    defer { folder.remove() }
    let long = String(repeating: "word ", count: 20_000)
    let cases: [(text: String, skip: String?)] = [
      (long, nil), (" \n\t", "is empty"), (long, nil), ("a\u{0}b", "is binary, not text"), ("short", nil), ("", "is empty"),
      // A NUL past the next file's end: read past its own bytes, "ab" would be binary.
      ("abcd\u{0}", "is binary, not text"), ("ab", nil),
    ]
    var buffer = Data()
    let open = try OpenFolder(folder.path)
    for (index, (text, skip)) in cases.enumerated() {
      try Data(text.utf8).write(to: folder.url("b\(index).md"))
      do throws(ArticleFile.Skip) {
        #expect(try ArticleFile.text(atPath: "b\(index).md", in: open, buffer: &buffer) == text)
        #expect(skip == nil, "file \(index)")
      } catch {
        #expect(error.reason == skip, "file \(index)")
      }
    }
  }
}
