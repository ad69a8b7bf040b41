import Foundation
@testable import CronicaModel
@testable import CronicaUI

/// A valid snapshot of a copy of the bundled corpus, made once; every input damages a copy of it.
struct SnapshotBase: Sendable {
  let folder: URL
  let cache: SnapshotCache
  let file: URL
  let bytes: [UInt8]
  /// Where the key section ends (damage before it only fails the key check).
  let keyEnd: Int

  static let shared: SnapshotBase = {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-fuzz-snapshot-\(getpid())")
    let folder = base.appendingPathComponent("corpus")
    try? FileManager.default.removeItem(at: base)
    try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    try! FileManager.default.copyItem(at: URL(fileURLWithPath: "Resources/corpus"), to: folder)
    let hourAgo = Date(timeIntervalSinceNow: -3_600)
    let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let file = files?.nextObject() as? URL {
      try! FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: file.path)
    }
    var cache = SnapshotCache(directory: base.appendingPathComponent("cache"), minimumEvents: 0)
    cache.verifiesContent = false  // past the checksum, to the structural checks and the readers
    let opened = try! Corpus.open(at: folder, snapshots: cache)
    try! opened.snapshotRequest!.save(opened.corpus, index: EventIndex(corpus: opened.corpus))
    let file = cache.url(for: folder)!
    let bytes = [UInt8](try! Data(contentsOf: file))
    let keyEntry = 16 + CorpusSnapshot.Section.key.rawValue * 16
    let keyEnd = bytes[keyEntry..<keyEntry + 16].enumerated().reduce(0) { $0 + Int($1.element) << (8 * ($1.offset % 8)) }
    return SnapshotBase(folder: folder, cache: cache, file: file, bytes: bytes, keyEnd: min(keyEnd, bytes.count - 1))
  }()
}

/// libFuzzer entry: a damaged snapshot either is refused or opens into a corpus that can be read
/// in full and browsed (timeline, themes, search, sources, reader) without a trap.
/// Input: the first byte picks truncation (odd) or not; then 5-byte patches (UInt32 offset past
/// the key, value).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let base = SnapshotBase.shared
  var bytes = base.bytes
  let span = bytes.count - base.keyEnd
  var cursor = 1
  while cursor + 5 <= size {
    let raw = Int(data[cursor]) | Int(data[cursor + 1]) << 8 | Int(data[cursor + 2]) << 16 | Int(data[cursor + 3]) << 24
    bytes[base.keyEnd + raw % span] = data[cursor + 4]
    cursor += 5
  }
  if size > 0, data[0] & 1 == 1, size >= 5 {
    let raw = Int(data[1]) | Int(data[2]) << 8 | Int(data[3]) << 16
    bytes.removeSubrange((raw % bytes.count)...)
  }
  try? Data(bytes).write(to: base.file)
  guard let corpus = base.cache.corpus(for: base.folder) else { return 0 }
  for position in corpus.events.indices {
    _ = corpus.events[position]
    _ = corpus.events.headline(at: position)
    _ = corpus.events.themes(at: position)
    _ = corpus.events.citedArticles(at: position)
    _ = corpus.events.latest(at: position)
  }
  let typed: (String) -> [Key] = { $0.map { Key.char($0) } }
  let scripts: [[Key]] = [
    typed("t"), typed("/cartel") + [.enter], typed("s") + [.enter], typed("jj") + [.enter] + typed("o"),
    typed("G:2010") + [.enter],
  ]
  for script in scripts {
    var browser = Browser(corpus: corpus, size: Size(width: 100, height: 30))
    for key in script { _ = browser.handle(.key(key)) }
    _ = browser.render()
  }
  return 0
}
