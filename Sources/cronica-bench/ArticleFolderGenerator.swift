import Foundation

/// Writes a folder of user articles for timing `cronica build`: each article is paragraphs of
/// the bundled raw articles drawn at random (seeded), about `bytes` long, with front matter and a
/// publication date between 2008 and 2023.
struct ArticleFolderGenerator {
  var count: Int
  var bytes: Int
  var seed: UInt64
  var source: URL
  var out: URL

  /// Writes the folder; returns how many bytes of articles were written.
  func run() throws(BenchError) -> Int {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".txt") }.sorted()
    } catch {
      throw BenchError("cannot list \(source.path): \(error)")
    }
    var paragraphs: [String] = []
    for name in names {
      guard let text = try? String(contentsOf: source.appendingPathComponent(name), encoding: .utf8) else { continue }
      paragraphs += text.components(separatedBy: "\n").filter { $0.split(separator: " ").count >= 12 }
    }
    guard !paragraphs.isEmpty else { throw BenchError("no paragraphs in \(source.path)") }
    let folder = out.appendingPathComponent("articles")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw BenchError("cannot create \(folder.path): \(error)")
    }
    var random = SplitMix64(seed: seed)
    var total = 0
    for index in 0..<count {
      let year = random.int(in: 2008...2023)
      let month = random.int(in: 1...12)
      var body = ""
      while body.utf8.count < bytes { body += paragraphs[random.below(paragraphs.count)] + "\n\n" }
      let text = "---\ntitle: Article \(index)\npublished: \(year)-\(month < 10 ? "0" : "")\(month)\n---\n" + body
      do {
        try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "a%05d.md", index)))
      } catch {
        throw BenchError("cannot write article \(index): \(error)")
      }
      total += text.utf8.count
    }
    return total
  }
}
