import CronicaModel
import CronicaSystem
import CronicaUI
import Foundation

/// The marks of one corpus on disk: `$XDG_STATE_HOME/cronica/<name>-<hash>.marks.json`.
///
/// The file is JSON (`{"format_version": 1, "corpus": …, "marks": [ids]}`), replaced atomically on
/// every save, as a merge with what another browser saved meanwhile (under a lock). A file that
/// cannot be read as marks is moved aside to `<file>.bad`, never dropped.
public struct MarksStore: Sendable {
  public let url: URL
  /// The lock file beside it (`.<file>.lock`), held while a save merges and writes.
  public var lockURL: URL { url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock") }
  /// The corpus identity the file belongs to (a corpus folder's path, or `bundled`).
  public let identity: String

  static let formatVersion = 1

  /// The store for a corpus identity, or nil when neither `XDG_STATE_HOME` (absolute) nor `HOME` is set.
  public init?(identity: String, environment: [String: String]) {
    guard let folder = Self.folder(environment: environment) else { return nil }
    self.identity = identity
    url = folder.appendingPathComponent(Self.fileName(for: identity))
  }

  /// `$XDG_STATE_HOME/cronica`, else `$HOME/.local/state/cronica` (a relative `XDG_STATE_HOME` is ignored, per XDG).
  static func folder(environment: [String: String]) -> URL? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state, isDirectory: true).appendingPathComponent("cronica", isDirectory: true)
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return URL(fileURLWithPath: home, isDirectory: true)
      .appendingPathComponent(".local/state/cronica", isDirectory: true)
  }

  /// A readable, collision-resistant file name: the identity's last part as a slug, then a hash.
  static func fileName(for identity: String) -> String {
    let last = identity.split(separator: "/").last.map(String.init) ?? "corpus"
    var slug = String(
      last.lowercased().unicodeScalars.map { scalar -> Character in
        (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-")) ? Character(scalar) : "-"
      }.prefix(40))
    if slug.isEmpty { slug = "corpus" }
    return slug + "-" + identity.fnv1aHex + ".marks.json"
  }

  /// What loading found: the marks, and a message when something needs saying.
  public struct Loaded: Sendable {
    /// The marked ids (unknown ones included: they are kept, not lost).
    public var marks: Set<String>
    /// What went wrong, for the message line; nil when all is well.
    public var problem: String?
  }

  /// Reads the marks; a missing file is no marks, a damaged one is moved to `.bad` with a message.
  public func load() -> Loaded {
    let path = url.path
    guard FileStatus.at(path) != nil else { return Loaded(marks: []) }
    // An unreadable file (or a FIFO, never waited on) is kept aside like a damaged one, so the
    // next save cannot replace it.
    let decoded: Result<Set<String>, Damage>
    do {
      decoded = Self.decode(try RegularFile.read(path))
    } catch {
      decoded = .failure(Damage(text: error.reason))
    }
    switch decoded {
    case .success(let marks): return Loaded(marks: marks)
    case .failure(let reason):
      let bad = path + ".bad"
      if rename(path, bad) == 0 {
        return Loaded(
          marks: [], problem: "the marks file was damaged (\(reason.text)); moved it to \(bad), starting with no marks")
      }
      let error = String(cString: strerror(errno))
      return Loaded(
        marks: [], problem: "the marks file \(path) is damaged (\(reason.text)) and could not be moved aside: \(error)")
    }
  }

  /// Why a file's bytes are not marks.
  struct Damage: Error {
    var text: String
  }

  /// The marks in a file's bytes, or why there are none.
  static func decode(_ data: Data) -> Result<Set<String>, Damage> {
    struct Marks: Decodable { var marks: [String] }
    do throws(CorpusError) {
      return .success(Set(try JSONReader.read(Marks.self, from: data, file: "marks").marks))
    } catch {
      let first = error.problems.first
      return .failure(Damage(text: [first?.location, first?.message].compactMap { $0 }.joined(separator: ": ")))
    }
  }

  /// The file's bytes for a set of marks: sorted, pretty, versioned.
  func encode(_ marks: [String]) throws -> Data {
    try CorpusExport.json(Content(formatVersion: Self.formatVersion, corpus: identity, marks: marks.sorted()))
  }

  struct Content: Encodable {
    var formatVersion: Int
    var corpus: String
    var marks: [String]
    enum CodingKeys: String, CodingKey {
      case formatVersion = "format_version"
      case corpus, marks
    }
  }

  /// What saving did: the marks now in the file, and what needs saying.
  public struct Saved: Sendable {
    /// The marks the file holds now (this browser's changes merged with another's), or nil when
    /// nothing could be saved.
    public var marks: Set<String>?
    /// What went wrong, for the message line; nil when all is well.
    public var problem: String?
  }

  /// Saves this browser's changes since `base` (the marks it last loaded or saved): under an
  /// exclusive lock on `lockURL`, the file is read again, the ids marked since then added
  /// and those unmarked removed, and the result written atomically. Another browser's marks,
  /// saved meanwhile, are kept rather than overwritten. Creates the folder when needed.
  public func save(_ marks: [String], since base: Set<String>) -> Saved {
    let folder = url.deletingLastPathComponent()
    do {
      try Folder.create(folder.path)
    } catch {
      return Saved(problem: "cannot create \(folder.path) for the marks: \(error.reason)")
    }
    let lock: FileLock
    do {
      lock = try FileLock(exclusive: lockURL.path)
    } catch {
      return Saved(problem: "cannot save the marks: \(error.description)")
    }
    defer { lock.unlock() }
    let current = Set(marks)
    let onDisk = load()
    let merged = onDisk.marks.union(current.subtracting(base)).subtracting(base.subtracting(current))
    let data: Data
    do {
      data = try encode(Array(merged))
    } catch {
      return Saved(problem: "cannot encode the marks: \(error)")
    }
    do {
      try FileWriter.write(data, to: url.path)
    } catch {
      return Saved(problem: "cannot save the marks: \(error.description)")
    }
    return Saved(marks: merged, problem: onDisk.problem)
  }
}
