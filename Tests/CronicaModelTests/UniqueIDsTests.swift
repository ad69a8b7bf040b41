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
