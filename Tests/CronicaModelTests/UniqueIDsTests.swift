import Testing

@testable import CronicaModel

/// The ids `UniqueIDs` hands out are those a scan from `-2` would give: the first free one.
@Suite struct UniqueIDsTests {
  @Test func firstFreeIdOfEachBase() {
    var ids = UniqueIDs(taken: ["a", "a-2", "a-4", "b-2"])
    #expect(ids.claim("a") == "a-3")
    #expect(ids.claim("a") == "a-5")
    #expect(ids.claim("b") == "b")
    #expect(ids.claim("b") == "b-3")
    #expect(ids.claim("c") == "c")
    // An id claimed as a base of its own is not handed out again under another base.
    #expect(ids.claim("a-6") == "a-6")
    #expect(ids.claim("a") == "a-7")
  }

  @Test func manyClaimsOfOneBaseStayDistinct() {
    var ids = UniqueIDs(taken: [])
    let claimed = (0..<5_000).map { _ in ids.claim("x") }
    #expect(Set(claimed).count == 5_000)
    #expect(claimed.prefix(3) == ["x", "x-2", "x-3"])
    #expect(claimed.last == "x-5000")
  }
}

/// `UniqueIDs` against the plain scan it must agree with, on claims and reservations of bases
/// that collide with each other's numbered ids (`a-2` as a base of its own, `a-2-2`…).
@Suite struct UniqueIDsScanTests {
  @Test func agreesWithAScanFromTwoOnMixedClaims() {
    let bases = ["a", "a-2", "a-3", "a-2-2", "b", "b-2", "a-10", ""]
    var generator = SplitMix(seed: 42)
    for round in 0..<20 {
      let given = bases.filter { _ in Bool.random(using: &generator) }
      var ids = UniqueIDs(taken: given)
      var scanned = Set(given)
      for step in 0..<400 {
        let base = bases.randomElement(using: &generator)!
        if step % 7 == 3 {
          ids.reserve(base)
          scanned.insert(base)
          continue
        }
        var expected = base
        var number = 2
        while scanned.contains(expected) {
          expected = "\(base)-\(number)"
          number += 1
        }
        scanned.insert(expected)
        let claimed = ids.claim(base)
        #expect(claimed == expected, "round \(round), step \(step), base '\(base)'")
        if claimed != expected { return }
      }
      #expect(scanned.allSatisfy(ids.contains))
      #expect(!ids.contains("never-claimed"))
    }
  }
}

/// `UniqueIDs.claims` (each core claims the bases of its share of the families) against claiming
/// every base in turn on one table.
@Suite struct UniqueIDsClaimsTests {
  /// Bases whose numbered ids collide with each other (`a-2` as a base, `a-2-2`), with digits
  /// that are not a number suffix (`a1`, `-5`), equal ids spelled differently (é composed and
  /// not, the Kelvin sign and K), and the empty id.
  static let bases = [
    "a", "a-2", "a-3", "a-2-2", "a-10", "a1", "a1-2", "b", "b-2", "-", "-5", "5", "5-2", "", "x-", "x--2",
    "\u{E9}", "e\u{301}", "\u{E9}-2", "e\u{301}-2", "K", "\u{212A}", "K-2", "\u{212A}-3", "2024-01-05-talks", "2024-01-05",
  ]

  @Test(arguments: [0, 1, 50, 9_000])
  func agreeWithClaimingInTurn(count: Int) {
    var generator = SplitMix(seed: UInt64(count + 7))
    let bases = (0..<count).map { _ in
      Self.bases.randomElement(using: &generator)! + (Bool.random(using: &generator) ? "" : "-\(Int.random(in: 2...40, using: &generator))")
    }
    let order = bases.indices.shuffled(using: &generator)
    let taken = Set(Self.bases.filter { _ in Bool.random(using: &generator) })
    var ids = UniqueIDs(taken: taken)
    let expected = order.map { ids.claim(bases[$0]) }
    #expect(UniqueIDs.claims(bases, in: order, taken: taken) == expected)
    // Both shares of two cores are reached.
    if count >= 50 {
      #expect(Set(bases.map { UniqueIDs.share(of: $0, among: 2) }).count == 2)
    }
  }

  @Test func anIdAndItsNumberedIdsShareAFamily() {
    for base in Self.bases {
      for shares in [2, 3, 7] {
        let share = UniqueIDs.share(of: base, among: shares)
        #expect(UniqueIDs.share(of: base + "-2", among: shares) == share, "\(base)")
        #expect(UniqueIDs.share(of: base + "-2-10", among: shares) == share, "\(base)")
      }
    }
    #expect(UniqueIDs.share(of: "\u{E9}-4", among: 7) == UniqueIDs.share(of: "e\u{301}", among: 7))
    #expect(UniqueIDs.share(of: "\u{212A}-4", among: 7) == UniqueIDs.share(of: "K", among: 7))
  }
}
