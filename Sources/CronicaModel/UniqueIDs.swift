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
