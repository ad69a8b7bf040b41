import CronicaModel
import CronicaResources
import Foundation

/// The temporal gold set and the bundled rules, for the temporal tests.
enum TemporalFixtures {
  /// One annotated document of the gold set.
  struct Document: Decodable {
    var id: String
    var published: String?
    var mode: String
    var note: String
    var expressions: [Expression]
  }

  /// One gold expression.
  struct Expression: Decodable {
    var text: String
    var value: String
    var type: String
    var mod: String?
  }

  struct GoldFile: Decodable {
    var documents: [Document]
  }

  /// The folder of the temporal fixtures.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("temporal")

  /// The bundled rules, loaded from the resources folder.
  static func rules() throws -> TemporalRules {
    guard let url = CronicaResources.temporalURL else {
      throw TemporalRulesError(file: "temporal", pattern: nil, reason: "bundled rules folder not found")
    }
    return try TemporalRules.load(from: url)
  }

  /// The gold documents (`gold.json`, texts in `articles`) or the held-out ones (`heldout.json`, `heldout`).
  static func gold(_ file: String = "gold.json") throws -> [Document] {
    let data = try Data(contentsOf: folder.appendingPathComponent(file))
    return try JSONDecoder().decode(GoldFile.self, from: data).documents
  }

  /// The text of a gold document, from its folder.
  static func text(of document: Document, in subfolder: String = "articles") throws -> String {
    try String(contentsOf: folder.appendingPathComponent("\(subfolder)/\(document.id).txt"), encoding: .utf8)
  }

  /// The publication date of a gold document.
  static func published(_ document: Document) throws -> EDTFDate? {
    try document.published.map { try EDTFDate(parsing: $0) }
  }

  /// The UTF-8 ranges of the gold expressions: each found in order, on word boundaries, after the previous one.
  static func goldRanges(_ document: Document, in text: String) -> [Range<Int>?] {
    let bytes = Array(text.utf8)
    var cursor = 0
    var ranges: [Range<Int>?] = []
    // Letters and digits, Latin accented letters (lead bytes C3–C5 and their continuation bytes).
    func isWordByte(_ b: UInt8) -> Bool {
      (b >= 0xC3 && b <= 0xC5) || (b >= 0x80 && b <= 0xBF) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }
    for expression in document.expressions {
      let needle = Array(expression.text.utf8)
      var found: Range<Int>?
      var i = cursor
      while i + needle.count <= bytes.count {
        if bytes[i..<(i + needle.count)].elementsEqual(needle) {
          let before = i == 0 || !isWordByte(bytes[i - 1]) || !isWordByte(needle[0])
          let afterIndex = i + needle.count
          let after = afterIndex >= bytes.count || !isWordByte(bytes[afterIndex]) || !isWordByte(needle[needle.count - 1])
          if before && after {
            found = i..<afterIndex
            break
          }
        }
        i += 1
      }
      if let found { cursor = found.upperBound }
      ranges.append(found)
    }
    return ranges
  }
}
