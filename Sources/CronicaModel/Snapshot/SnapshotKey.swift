import CronicaSystem
import Foundation

/// What a snapshot was made from: the program, the corpus folder and every file it read, each by
/// size, modification time and inode. A snapshot is used only while all of them are unchanged.
struct SnapshotKey: Equatable {
  /// The corpus folder, with symbolic links resolved.
  var folder: String
  /// The program that wrote the snapshot (its size and modification time): a rebuilt Cronica may
  /// clean articles differently, so it does not trust an older one's snapshots.
  var program: String
  /// One line per source file: its stamp (`stamp(of:)`), then its relative path.
  var files: [String]

  /// The seconds of the latest modification among the files (set by `current`).
  var newestModification = 0

  /// The key of a corpus folder now, for these files (relative paths); nil when a file is
  /// missing or the program cannot be identified (then no snapshot can be trusted).
  static func current(folder: URL, files relativePaths: [String]) -> SnapshotKey? {
    guard let real = Folder.resolved(folder.path), let program = FileStatus.runningProgram.map(stamp(of:)) else {
      return nil
    }
    var lines: [String] = []
    lines.reserveCapacity(relativePaths.count)
    var newest = 0
    for path in relativePaths {
      guard let status = FileStatus.at(real + "/" + path) else { return nil }
      newest = max(newest, status.modified / 1_000_000_000)
      lines.append(stamp(of: status) + " " + path)
    }
    return SnapshotKey(folder: real, program: program, files: lines, newestModification: newest)
  }

  static func == (a: SnapshotKey, b: SnapshotKey) -> Bool {
    a.folder == b.folder && a.program == b.program && a.files == b.files
  }
}

extension SnapshotKey {
  /// The key as stored: a format line, the program, the folder, then the file lines.
  var text: String {
    (["cronica-snapshot \(CorpusSnapshot.formatVersion)", "program " + program, "folder " + folder] + files)
      .joined(separator: "\n")
  }

  init?(text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count >= 3, lines[0] == "cronica-snapshot \(CorpusSnapshot.formatVersion)",
      lines[1].hasPrefix("program "), lines[2].hasPrefix("folder ")
    else { return nil }
    program = String(lines[1].dropFirst("program ".count))
    folder = String(lines[2].dropFirst("folder ".count))
    lines.removeFirst(3)
    files = lines
  }

  /// The relative paths the file lines name (everything after the six numbers).
  var relativePaths: [String] {
    files.map { line in
      var spaces = 0
      for index in line.utf8.indices where line.utf8[index] == UInt8(ascii: " ") {
        spaces += 1
        if spaces == 6 { return String(line[line.utf8.index(after: index)...]) }
      }
      return ""
    }
  }

  /// `size`, modification and status-change times (seconds and nanoseconds) and `inode` of a
  /// file's status: a rewrite that restores the modification time still changes the status time.
  static func stamp(of status: FileStatus) -> String {
    let second = 1_000_000_000
    return "\(status.size) \(status.modified / second) \(status.modified % second) \(status.changed / second)"
      + " \(status.changed % second) \(status.identity.inode)"
  }
}
