/// Ids handed out without repeats: `base`, else `base-2`, `base-3`… The next number to try is
/// kept per base, so that many ids with one base (tiny articles alike) cost a step each, not a
/// scan from `-2` every time (which made a folder of n such articles take n² steps). Event ids
/// of the builder, the extractor and proposals, and theme keys of TimelineJS groups.
public struct UniqueIDs: Sendable {
  private var taken: Set<String>
  private var next: [String: Int] = [:]

  public init(taken: some Sequence<String>) {
    self.taken = Set(taken)
  }

  /// The first free id of `base`, `base-2`, `base-3`…, now taken.
  public mutating func claim(_ base: String) -> String {
    var id = base
    var number = next[base] ?? 2
    while taken.contains(id) {
      id = "\(base)-\(number)"
      number += 1
    }
    next[base] = number
    taken.insert(id)
    return id
  }

  public func contains(_ id: String) -> Bool { taken.contains(id) }

  /// Marks an id as taken without claiming it (one given from outside).
  public mutating func reserve(_ id: String) {
    taken.insert(id)
  }
}
