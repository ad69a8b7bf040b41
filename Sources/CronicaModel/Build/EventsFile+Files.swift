import Foundation

extension CorpusFiles.EventsFile {
  /// Reads an `events.json`: nil when there is none; every problem located when it is broken.
  public static func read(at url: URL) throws(CorpusError) -> CorpusFiles.EventsFile? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let data: Data
    do throws(Corpus.ReadFailure) {
      data = try Corpus.readData(at: url)
    } catch {
      throw CorpusError([CorpusProblem(file: url.lastPathComponent, message: error.message)])
    }
    var problems: [CorpusProblem] = []
    let file = LocatedJSON.decode(CorpusFiles.EventsFile.self, from: data, file: url.lastPathComponent, problems: &problems)
    guard problems.isEmpty, let file else { throw CorpusError(problems) }
    return file
  }

  /// The file as written: pretty-printed with sorted keys, one final newline.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }
}
