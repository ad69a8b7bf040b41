import CronicaSystem
import Foundation

extension CorpusSnapshot {
  public struct WriteFailure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Writes a snapshot of `corpus` (a bundled-layout folder's, already validated) and its index
  /// to `url`: to a temporary file beside it first, renamed into place when complete.
  static func write(_ corpus: Corpus, index: EventIndex, key: SnapshotKey, to url: URL) throws(WriteFailure) {
    guard corpus.title == nil, corpus.eras.isEmpty else {
      throw WriteFailure(description: "only a corpus folder's own events can be saved")
    }
    let key = Array(key.text.utf8)
    let events = corpus.events
    // The store's sections as they are, with the key and the search index beside them.
    func withBytes<Result>(_ section: Section, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
      switch section {
      case .key: return key.withUnsafeBytes(body)
      case .meta: return body(events.bytes.bytes(events.meta))
      case .articleText: return body(events.bytes.bytes(events.articleText))
      case .records: return body(events.bytes.bytes(events.records))
      case .blobOffsets: return events.blobOffsets.withUnsafeBytes(body)
      case .blob: return body(events.bytes.bytes(events.blob))
      case .years: return events.years.withUnsafeBytes(body)
      case .themeWords: return events.themeWords.withUnsafeBytes(body)
      case .foldedOffsets: return index.foldedOffsets.withUnsafeBytes(body)
      case .folded: return index.foldedBytes.withUnsafeBytes(body)
      case .foldedASCII: return index.foldedIsASCII.withUnsafeBytes(body)
      case .citingStarts: return events.citingStarts.withUnsafeBytes(body)
      case .citingRefs: return events.citingRefs.withUnsafeBytes(body)
      case .checksum: return withUnsafeBytes(of: UInt64(0), body)  // its value is written last
      }
    }
    do throws(SystemFailure) {
      // Private to its owner like the rest of the cache; flushed to disk before it is renamed
      // into place, so a crash never leaves a snapshot with missing data under the real name.
      let file = try AtomicReplacement(replacing: url.path, permissions: [.ownerReadWrite])
      var header = ByteWriter()
      magic.withUnsafeBytes { header.append(bytes: $0) }
      header.append(UInt64(formatVersion))
      var offset = headerSize
      var placed: [(offset: Int, count: Int)] = []
      for section in Section.allCases {
        let count = withBytes(section) { $0.count }
        placed.append((offset, count))
        header.append(UInt64(offset))
        header.append(UInt64(count))
        offset = (offset + count + 7) / 8 * 8
      }
      var position = 0
      var hash = XXHash64()
      var failure: SystemFailure?
      func write(_ bytes: UnsafeRawBufferPointer) {
        position += bytes.count
        guard failure == nil else { return }
        hash.add(bytes)
        do {
          try file.write(bytes)
        } catch {
          failure = error
        }
      }
      header.bytes.withUnsafeBytes(write)
      let zeros = [UInt8](repeating: 0, count: 8)
      for (section, place) in zip(Section.allCases, placed) {
        zeros.withUnsafeBytes { write(UnsafeRawBufferPointer(rebasing: $0[0..<(place.offset - position)])) }
        if section == .checksum {
          withUnsafeBytes(of: hash.finish().littleEndian, write)
        } else {
          withExtendedLifetime(events.bytes) { withBytes(section, write) }
        }
      }
      if let failure { throw failure }
      try file.commit()
    } catch {
      throw WriteFailure(description: error.description)
    }
  }
}

/// Strings numbered in order of first use (kinds, theme keys, article ids, candidates' terms).
struct SymbolTable {
  var strings: [String] = []
  var positions: [String: Int] = [:]

  /// The number of `text`, added if new (one lookup either way).
  mutating func position(of text: String) -> Int {
    let new = strings.count
    let position = Self.value(&positions[text, default: new])
    if position == new { strings.append(text) }
    return position
  }

  mutating func reserveCapacity(_ count: Int) {
    strings.reserveCapacity(count)
    positions.reserveCapacity(count)
  }

  /// The value a slot holds (read through the dictionary's in-place access, which inserts the
  /// default when the key is new).
  private static func value(_ slot: inout Int) -> Int { slot }
}
