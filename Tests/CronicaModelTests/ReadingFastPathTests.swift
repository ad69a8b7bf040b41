import CronicaSystem
import Foundation
import Testing

@testable import CronicaModel

/// The shortcuts of reading user articles against the slow answers they stand for: each one
/// must give the same answer as the full check on every line, including lines built to sit on
/// their edges (case, the Kelvin sign, combining marks, Unicode whitespace, prepended marks).
@Suite struct ReadingFastPathTests {
  /// Pieces that random lines are made of: the rules' words and prefixes in several cases,
  /// the hype words, spacing, link marks and scalars that change case or grapheme breaks.
  static let pieces: [String] =
    BoilerplateRule.syndicationPrefixes + BoilerplateRule.widgetHeadings + BoilerplateRule.photoCreditPrefixes
    + BoilerplateRule.hypeWords.sorted() + BoilerplateRule.authorHeadings.options + BoilerplateRule.linkListHeadings.options
    + [
      "skip to main content", "Skip to content", "the views expressed by contributors are their own",
      "Read more", "READ MORE", "read more here", "See", "all", "See all", "Tags", "Tags:", "Tags ",
      "Getty Images", "AP Photo", "The", "Mexico", "council", "Incredible", "incredible", "Doctors",
      " ", " ", "  ", "\t", ".", "...", "…", "»", "›", "→", ">", ",", ":", "\u{212A}", "\u{130}", "\u{301}",
      "\u{600}", "\u{A0}", "\u{2028}", "\u{3000}", "\u{85}", "\u{1}", "\u{FEFF}", "é", "鈥", "x", "K", "s", "r",
      "-", "---", "\n", "\r\n", "👍🏽",
    ]

  /// Lines made of 1–8 random pieces, the same every run.
  static func randomLines(count: Int, seed: UInt64) -> [String] {
    var generator = SplitMix(seed: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
  }

  /// Every line of the bundled raw articles, the rule table's lines, and random lines.
  static func lines() throws -> [String] {
    var lines = CleaningBoilerplateTests.ruleTable.flatMap { $0.removed + $0.kept }
    for origin in CleaningFixtures.origins {
      lines += LineNormalizer.lines(of: try CleaningFixtures.raw(origin))
    }
    let variants = lines.flatMap { [$0.uppercased(), $0.lowercased(), " " + $0, $0.replacingOccurrences(of: "k", with: "\u{212A}")] }
    return lines + variants + randomLines(count: 40_000, seed: 2026_12_05)
  }

  @Test func caselessLinesAreTheOptionsLowercased() throws {
    // The look before this change: the options' lengths, then the line lowercased among them.
    func reference(_ line: String, _ options: [String]) -> Bool {
      let length = line.utf8.count
      guard options.contains(where: { $0.utf8.count == length }) else { return false }
      return options.contains(line.lowercased())
    }
    let headings = BoilerplateRule.authorHeadings.options + BoilerplateRule.linkListHeadings.options
    // The headings in every case, with the Kelvin sign for a k, padded, and cut a byte short.
    let lines =
      try Self.lines()
      + headings.flatMap { heading in
        [heading, heading.uppercased(), heading.capitalized, heading.replacingOccurrences(of: "k", with: "\u{212A}"),
          heading + " ", String(heading.dropLast()), heading + "s", heading + String(repeating: "x", count: 40)]
      }
    var (found, sameLength) = (0, 0)
    for list in [BoilerplateRule.authorHeadings, BoilerplateRule.linkListHeadings] {
      for line in lines {
        let answer = list.contains(line)
        #expect(answer == reference(line, list.options), "\(line.debugDescription)")
        if answer { found += 1 } else if list.options.contains(where: { $0.utf8.count == line.utf8.count }) { sameLength += 1 }
      }
    }
    // Lines of an option's length are looked at further: many are one, many are not.
    #expect(found > 20)
    #expect(sameLength > 1_000)
  }

  @Test func everyLineARuleMatchesPassesItsCheapLook() throws {
    var matched = 0
    for line in try Self.lines() {
      let prepared = ChromeLine(line)
      for rule in BoilerplateRule.lineRules where rule.matches(prepared) {
        matched += 1
        #expect(rule.mayMatch(line), "\(rule.name) matches \(line.debugDescription) but its cheap look says no")
      }
      let reference =
        !line.isEmpty && line.utf8.count <= BoilerplateRule.maxChromeLength
        && BoilerplateRule.lineRules.contains { $0.matches(prepared) }
      #expect(BoilerplateFilter.isChrome(line) == reference, "\(line.debugDescription)")
    }
    // The lines do reach the rules: many match one.
    #expect(matched > 1000)
  }

  /// The cheap looks do turn lines away, or they would save nothing.
  @Test func ordinaryLinesPassNoCheapLook() {
    for line in [
      "On January 2, 2001, the council of district 0 approved the plan for precursor controls.",
      "Mexico and the United States signed the Merida plan in 2008.",
    ] {
      #expect(!BoilerplateRule.lineRules.contains { $0.mayMatch(line) }, "\(line)")
    }
  }

  /// The trimming before this change: by characters from both ends.
  static func referenceTrimmed<S: StringProtocol>(_ text: S) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }

  @Test func trimmedTextIsTheCharacterByCharacterTrim() {
    let texts = Self.randomLines(count: 40_000, seed: 7) + [
      "", " ", "a", "\u{600}a", "a\u{301}", " a ", "\u{A0}x\u{3000}", "x\r\n", "\u{85}---", "--- ", "\u{1}-",
    ]
    for text in texts {
      #expect(text.trimmedText == Self.referenceTrimmed(text), "\(text.debugDescription)")
      let inner = text.dropFirst()
      #expect(inner.trimmedText == Self.referenceTrimmed(inner), "\(inner.debugDescription)")
    }
  }

  @Test func frontMatterMarkersAreFoundAsByTrimming() {
    let lines = Self.randomLines(count: 40_000, seed: 11) + [
      "---", " --- ", "\u{A0}---", "\u{3000}...\u{2028}", "\u{1}---", "-- -", "x---", "\u{600}---", "...",
    ]
    // Lines a marker as it is, told by their bytes, and the lines of three bytes that are not
    // but get past the first byte's look to the three bytes' comparison.
    var (asItIs, threeBytes) = (0, 0)
    for var line in lines + ["--.", ".--", "-.-", "..-", "-..", "---\u{301}", "\u{2014}", "___", "--", "....", "-"] {
      for (closing, markers) in [(false, ["---"]), (true, ["---", "..."])] {
        let answer = line.withUTF8 { FrontMatter.isMarker(bytes: $0, closing: closing) }
        #expect(answer == markers.contains(Self.referenceTrimmed(line)), "\(line.debugDescription)")
        if answer && markers.contains(line) {
          asItIs += 1
        } else if let first = line.utf8.first, line.utf8.count == 3, first <= 0x20 || FrontMatter.mayBeMarker(first) {
          threeBytes += 1
        }
      }
    }
    #expect(asItIs >= 3)
    #expect(threeBytes > 1_000, "\(threeBytes) three-byte lines reach the comparison")
  }

  /// Normalized lines as the guide to `LineNormalizer.lines(of:)` says, scalar by scalar.
  static func referenceLines(_ text: String) -> [String] {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var pendingSpace = false
    var scalars = Substring(text).unicodeScalars
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var previous: Unicode.Scalar?
    for scalar in scalars {
      defer { previous = scalar }
      if scalar == "\n", previous == "\r" { continue }
      if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
        lines.append(String(line))
        line = String.UnicodeScalarView()
        pendingSpace = false
      } else if LineNormalizer.isSpacing(scalar) {
        pendingSpace = !line.isEmpty
      } else if scalar.value < 0x20 || scalar.value == 0x7F || LineNormalizer.isControl(scalar) {
        continue
      } else {
        if pendingSpace { line.append(" ") }
        pendingSpace = false
        line.append(scalar)
      }
    }
    lines.append(String(line))
    return lines
  }

  @Test func normalizedLinesAreTheScalarByScalarLines() {
    let texts = Self.randomLines(count: 40_000, seed: 17) + [
      "", "a b", "a  b", " a b ", "a \u{A0}b", "a\u{1} b", "a \u{1}b", "a \nb", "a b\r\nc d", "a\u{7F} b", "\u{FEFF}a b",
    ]
    for text in texts {
      #expect(LineNormalizer.lines(of: text) == Self.referenceLines(text), "\(text.debugDescription)")
    }
  }

  /// The stripping before this change: scalar by scalar.
  static func referenceStripped(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(" ")
      } else if HTMLText.isAllowed(scalar) || scalar == "\n" {
        result.append(scalar)
      }
    }
    return String(result)
  }

  @Test func strippingControlsIsTheScalarByScalarStrip() {
    for text in Self.randomLines(count: 40_000, seed: 13) + ["", "plain", "a\u{7F}b", "tab\there", "\u{202E}x"] {
      #expect(HTMLText.strippingControls(text) == Self.referenceStripped(text), "\(text.debugDescription)")
    }
  }

  /// ASCII text is returned unrepaired without a scan: the scan would repair no run in it.
  @Test func asciiTextNeedsNoMojibakeRepair() throws {
    var texts = Self.randomLines(count: 20_000, seed: 17).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    texts += try CleaningFixtures.origins.map { try CleaningFixtures.raw($0) }.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    #expect(texts.count > 1000)
    for text in texts {
      var source = text
      let state = source.withUTF8 { bytes in
        var state = RepairState()
        state.scan(bytes)
        return state
      }
      #expect(state.repairedRuns == 0 && !state.marked)
      #expect(MojibakeRepair.repair(text) == MojibakeRepair.Outcome(text: text, repaired: false))
    }
  }

  /// A file is read whole whatever its size, and so is a file whose size says 0 (as in /proc).
  @Test func regularFilesAreReadWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-read-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for size in [0, 1, 2, 200, 4095, 4096, 4097, 65_536, 200_003] {
      let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
      let file = folder.appendingPathComponent("f\(size)")
      try bytes.write(to: file)
      #expect(try RegularFile.read(file.path) == bytes, "size \(size)")
    }
    let status = try RegularFile.read("/proc/self/status")
    #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
  }
}
