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

  /// The ids `claim` hands out for `bases[order[0]]`, `bases[order[1]]`… in turn, after `taken`,
  /// claimed on all cores. An id claimed for a base is the base or the base with `-N` appended,
  /// so it has the base's family (the id without its trailing `-digits` groups): bases of
  /// different families never compete for an id, and each core claims, in order, the bases of
  /// its share of the families (a family's share is that of its hash, which equal ids share).
  public static func claims(_ bases: [String], in order: [Int], taken: Set<String>) -> [String] {
    let shares = Parallel.width
    let ranges = Parallel.ranges(of: order.count, minimum: 4_096)
    let shareOf = Array(
      Parallel.map(pieces: ranges.count) { piece in ranges[piece].map { share(of: bases[order[$0]], among: shares) } }.joined())
    let claimed = Parallel.map(pieces: shares) { share in
      var ids = UniqueIDs(taken: taken.lazy.filter { Self.share(of: $0, among: shares) == share }, claims: order.count / shares)
      var made: [String] = []
      made.reserveCapacity(order.count / shares)
      for index in order.indices where shareOf[index] == share { made.append(ids.claim(bases[order[index]])) }
      return made
    }
    // Back in claim order.
    var next = Array(repeating: 0, count: shares)
    var result: [String] = []
    result.reserveCapacity(order.count)
    for share in shareOf {
      result.append(claimed[share][next[share]])
      next[share] += 1
    }
    return result
  }

  /// Which of `shares` an id's family falls to: by the hash of the id without its trailing
  /// `-digits` groups (`a-2-10` and `a` are one family); ids that are equal (canonically
  /// equivalent) have equal families, hence equal hashes.
  static func share(of id: String, among shares: Int) -> Int {
    let scalars = id.unicodeScalars
    var end = scalars.endIndex
    while true {
      var digits = end
      while digits > scalars.startIndex, case let before = scalars.index(before: digits), scalars[before].value &- 0x30 < 10 {
        digits = before
      }
      guard digits < end, digits > scalars.startIndex, case let dash = scalars.index(before: digits), scalars[dash] == "-" else { break }
      end = dash
    }
    return Int(UInt(bitPattern: Substring(scalars[..<end]).hashValue) % UInt(shares))
  }

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
