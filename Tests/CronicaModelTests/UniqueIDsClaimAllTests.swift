import Testing

@testable import CronicaModel

/// `UniqueIDs.claimAll` (claims on all cores, each core the bases of its roots) against claims
/// one after another, over bases that collide with each other's numbered ids, accents composed
/// and decomposed, empty ones, CR LF, emoji.
@Suite struct UniqueIDsClaimAllTests {
  static let pieces = [
    "a", "a-2", "-2", "-", "2", "-10", "2024-01-05", "é", "e\u{301}", "x5", "-02", "-0", "\u{1F600}", " ", "ab-2-3",
    "\r\n", "\u{301}",
  ]

  static func bases(_ count: Int, using generator: inout SplitMix) -> [String] {
    (0..<count).map { _ in
      (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }
  }

  @Test func agreesWithClaimsInARow() {
    var generator = SplitMix(seed: 11)
    var sharded = 0
    for round in 0..<30 {
      let count = [0, 1, 7, 400, 9_000][round % 5]
      let bases = Self.bases(count, using: &generator)
      let taken = Set(bases.filter { _ in Int.random(in: 0..<6, using: &generator) == 0 } + ["a-3", "é-2"])
      var plain = UniqueIDs(taken: taken)
      // Bytes compared: `==` on strings would take é composed and decomposed for one.
      let expected = bases.map { Array(plain.claim($0).utf8) }
      for shards in [1, 2, 3, 8] {
        let claimed = UniqueIDs.claimAll(count: count, taken: taken, shards: shards) { bases[$0] }
        #expect(claimed.map { Array($0.utf8) } == expected, "round \(round), \(shards) shards")
      }
      // The new path is reached: the claims are spread over more than one core.
      if Set(bases.map { UniqueIDs.shard(of: $0, shards: 3) }).count > 1 { sharded += 1 }
    }
    #expect(sharded >= 15)
  }

  /// Every id `claim(b)` looks at (`b-2`, `b-3`…) is claimed on `b`'s core, and so are equal
  /// strings however their accents are spelled.
  @Test func numberedIDsAndEqualSpellingsShareTheirBasesCore() {
    var generator = SplitMix(seed: 12)
    for base in Self.bases(2_000, using: &generator) {
      let number = Int.random(in: 2...100_000, using: &generator)
      for shards in [2, 5] {
        let core = UniqueIDs.shard(of: base, shards: shards)
        #expect(UniqueIDs.shard(of: "\(base)-\(number)", shards: shards) == core, "\(base)")
        #expect(UniqueIDs.shard(of: "\(base)-\(number)-2", shards: shards) == core, "\(base)")
      }
    }
    #expect(UniqueIDs.shard(of: "é-3", shards: 7) == UniqueIDs.shard(of: "e\u{301}", shards: 7))
    #expect(UniqueIDs.shard(of: "e\u{301}-2-9", shards: 7) == UniqueIDs.shard(of: "é", shards: 7))
  }
}
