import CronicaSystem
import Foundation

extension CorpusFiles.EventsFile {
  /// Reads an `events.json`: nil when there is none; every problem located when it is broken.
  public static func read(at url: URL) throws(CorpusError) -> CorpusFiles.EventsFile? {
    guard FileStatus.at(url.path) != nil else { return nil }
    let data: Data
    do throws(Corpus.ReadFailure) {
      data = try Corpus.readData(at: url)
    } catch {
      throw CorpusError([CorpusProblem(file: url.lastPathComponent, message: error.message)])
    }
    if let file = EventsFileScanner.eventsFile(in: data) { return file }
    return try JSONReader.read(CorpusFiles.EventsFile.self, from: data, file: url.lastPathComponent)
  }

  /// The file as written: pretty-printed with sorted keys, one final newline.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }
}

/// Why a folder's events.json was left as it was.
public struct EventsFileUpdateFailure: Error, Sendable, CustomStringConvertible {
  /// Where it failed: the lock, reading the file, the change itself, or writing.
  public enum Stage: Sendable { case lock, read, change, write }
  public var stage: Stage
  public var description: String

  public init(_ stage: Stage, _ description: String) {
    self.stage = stage
    self.description = description
  }
}

extension CorpusFiles.EventsFile {
  /// The lock file beside a folder's events.json (`.events.json.lock`, never replaced; the loader
  /// skips files whose names start with a dot).
  static func lockPath(in folder: URL) -> String {
    folder.appendingPathComponent("." + CorpusFiles.events + ".lock").path
  }

  /// Changes a folder's events.json as it is on disk now: under an exclusive lock (the browser's
  /// curation and `cronica build --update` take the same one), the file is read again (or
  /// `missing` is the start when there is none), changed, checked, and replaced atomically; on
  /// any failure it is left as it was. So a concurrent writer is merged with, not overwritten.
  ///
  /// - Parameters:
  ///   - change: changes the file; what it returns is handed back.
  ///   - check: problems that keep the result from being written (validation), none to write it.
  public static func update<T>(
    in folder: URL, missing: () -> CorpusFiles.EventsFile,
    change: (inout CorpusFiles.EventsFile) throws(EventsFileUpdateFailure) -> T,
    check: (CorpusFiles.EventsFile) -> [CorpusProblem]
  ) throws(EventsFileUpdateFailure) -> (file: CorpusFiles.EventsFile, value: T) {
    let lock: FileLock
    do {
      lock = try FileLock(exclusive: lockPath(in: folder))
    } catch {
      throw EventsFileUpdateFailure(.lock, error.description)
    }
    defer { lock.unlock() }
    let url = folder.appendingPathComponent(CorpusFiles.events)
    var file: CorpusFiles.EventsFile
    do {
      file = try read(at: url) ?? missing()
    } catch {
      throw EventsFileUpdateFailure(.read, error.problems.map(\.description).joined(separator: "; "))
    }
    let value = try change(&file)
    if let problem = check(file).first {
      throw EventsFileUpdateFailure(.change, "events.json would not load: \(problem.description)")
    }
    let data: Data
    do {
      data = try file.encoded()
    } catch {
      throw EventsFileUpdateFailure(.write, "cannot encode \(CorpusFiles.events): \(error)")
    }
    do {
      try FileWriter.write(data, to: url.path)
    } catch {
      throw EventsFileUpdateFailure(.write, error.description)
    }
    return (file, value)
  }
}
