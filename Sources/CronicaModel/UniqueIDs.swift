/// Ids handed out without repeats: `base`, else `base-2`, `base-3`… The next number to try is
/// kept per base, so that many ids with one base (tiny articles alike) cost a step each, not a
/// scan from `-2` every time (which made a folder of n such articles take n² steps). Event ids
/// of the builder, the extractor and proposals, and theme keys of TimelineJS groups.
public struct UniqueIDs: Sendable {
  /// Every id taken, with the next number to try when it is claimed as a base (2 until then).
  /// One table, so that claiming a free base looks it up once (and each number tried once).
  private var next: [String: Int] = [:]

  /// - Parameter claims: how many ids are about to be claimed (room is made for them at once).
  public init(taken: some Sequence<String>, claims: Int = 0) {
    next.reserveCapacity(taken.underestimatedCount + claims)
    for id in taken { reserve(id) }
  }

  /// The first free id of `base`, `base-2`, `base-3`…, now taken.
  public mutating func claim(_ base: String) -> String {
    var number = Self.take(&next[base, default: Self.free])
    guard number != Self.free else { return base }
    var id: String
    repeat {
      id = "\(base)-\(number)"
      number += 1
    } while Self.take(&next[id, default: Self.free]) != Self.free
    next[base] = number
    return id
  }

  public func contains(_ id: String) -> Bool { next[id] != nil }

  /// Marks an id as taken without claiming it (one given from outside).
  public mutating func reserve(_ id: String) {
    _ = Self.take(&next[id, default: Self.free])
  }

  /// What a slot held before: `free` for an id not taken, which is taken now (next number 2).
  private static func take(_ slot: inout Int) -> Int {
    let old = slot
    if old == free { slot = 2 }
    return old
  }

  private static let free = 0
}

extension UniqueIDs {
  /// The ids that claiming `base(0)`, `base(1)`… one after another gives, after `taken`, claimed
  /// on all cores (100k ids in a row were a stretch of one core).
  ///
  /// Every id `claim(b)` reads or takes (`b`, `b-2`, `b-3`…, and the next number kept under `b`)
  /// has `b`'s root: `b` less its trailing `-digits` parts. Claims of different roots never meet,
  /// so each of `shards` cores claims, in their order, the bases whose roots hash to it. (Equal
  /// strings have equal roots and hashes, composed or decomposed accents alike: the trailing
  /// `-digits` are ASCII, which composes with nothing.)
  static func claimAll(
    count: Int, taken: Set<String>, shards: Int = Parallel.width, base: @Sendable (Int) -> String
  ) -> [String] {
    let shards = max(1, min(shards, Int(UInt8.max)))
    let ranges = Parallel.ranges(of: count, minimum: 4_096)
    let shardOf = Array(
      Parallel.map(pieces: ranges.count) { piece in ranges[piece].map { UInt8(shard(of: base($0), shards: shards)) } }
        .joined())
    let claimed = Parallel.map(pieces: shards) { shard in
      var ids = UniqueIDs(taken: taken.filter { Self.shard(of: $0, shards: shards) == shard }, claims: count / shards)
      var run: [String] = []
      run.reserveCapacity(count / shards)
      for position in shardOf.indices where Int(shardOf[position]) == shard { run.append(ids.claim(base(position))) }
      return run
    }
    var next = [Int](repeating: 0, count: shards)
    var ids: [String] = []
    ids.reserveCapacity(count)
    for shard in shardOf {
      ids.append(claimed[Int(shard)][next[Int(shard)]])
      next[Int(shard)] += 1
    }
    return ids
  }

  /// The share of `claimAll`'s cores that claims the ids of `id`'s root.
  static func shard(of id: String, shards: Int) -> Int {
    guard shards > 1 else { return 0 }
    let utf8 = id.utf8
    var end = utf8.endIndex
    // `-digits` parts are taken off the end while there are some.
    while true {
      var digits = end
      while digits > utf8.startIndex, utf8[utf8.index(before: digits)] &- UInt8(ascii: "0") < 10 {
        digits = utf8.index(before: digits)
      }
      guard digits < end, digits > utf8.startIndex, utf8[utf8.index(before: digits)] == UInt8(ascii: "-") else { break }
      end = utf8.index(before: digits)
    }
    return Int(UInt(bitPattern: id[..<end].hashValue) % UInt(shards))
  }
}
