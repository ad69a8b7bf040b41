import CronicaSystem
import Foundation

extension Corpus {
  /// Opens whatever `url` points at: a bundled-layout folder (it has `manifest.json`), a user
  /// folder of articles, a TimelineJS JSON file or a TimelineJS sheet saved as CSV.
  ///
  /// Files are recognized by extension (`.json`, `.csv`), else by content (`{` starts JSON).
  /// - Parameters:
  ///   - defaultThemes: the taxonomy for a user folder without `themes.json`.
  ///   - snapshots: where a large bundled-layout folder's snapshot is looked for (and, through
  ///     the returned `snapshotRequest`, saved); nil always loads the files.
  ///   - proposing: the chronology of a user folder without `events.json` (none: it is empty).
  public static func open(
    at url: URL, defaultThemes: [Theme] = Theme.defaultTaxonomy, snapshots: SnapshotCache? = nil,
    proposing: Proposing? = nil
  ) throws(CorpusError) -> OpenedCorpus {
    guard let status = FileStatus.at(url.path) else {
      throw CorpusError([CorpusProblem(file: url.path, message: "no such file or folder")])
    }
    if status.kind == .folder {
      if FileStatus.at(url.appendingPathComponent(CorpusFiles.manifest).path) != nil {
        if let opened = openSnapshot(of: url, in: snapshots) { return opened }
        return try openFiles(of: url, snapshots: snapshots)
      }
      return try loadUserFolder(at: url, defaultThemes: defaultThemes, proposing: proposing)
    }
    let file = url.lastPathComponent
    let data: Data
    do throws(ReadFailure) {
      data = try readData(at: url)
    } catch {
      throw CorpusError([CorpusProblem(file: file, message: error.message)])
    }
    switch detectFormat(of: data, name: file) {
    case .timelineCSV: return try TimelineJS.importCSV(data, file: file)
    default: return try TimelineJS.importJSON(data, file: file)
    }
  }

  /// Whether a file holds TimelineJS JSON or CSV: by extension, else by its first character.
  public static func detectFormat(of data: Data, name: String) -> CorpusSource {
    switch (name as NSString).pathExtension.lowercased() {
    case "json": return .timelineJSON
    case "csv": return .timelineCSV
    default:
      let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
      return first == UInt8(ascii: "{") ? .timelineJSON : .timelineCSV
    }
  }
}
