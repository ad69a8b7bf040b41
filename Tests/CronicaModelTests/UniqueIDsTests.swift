import Testing

import CronicaModel

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
