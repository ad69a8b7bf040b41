import Testing

@testable import CronicaModel

/// The snapshot checksum is XXH64 as published: the reference's sanity vectors (xxHash's
/// `cli/xsum_sanity_check.c`, its pseudorandom buffer with seeds 0 and PRIME32), whole and fed in
/// pieces that straddle its 32-byte stripes.
@Suite struct XXHash64Tests {
  /// xxHash's sanity buffer: byte i is the top byte of PRIME32 * PRIME64^i.
  static let sanityBuffer: [UInt8] = {
    var generator: UInt64 = 2_654_435_761
    return (0..<(4096 + 64 + 1)).map { _ in
      defer { generator &*= 11_400_714_785_074_694_797 }
      return UInt8(truncatingIfNeeded: generator >> 56)
    }
  }()

  static let prime32: UInt64 = 2_654_435_761

  static func hash(_ bytes: ArraySlice<UInt8>, seed: UInt64 = 0, pieces: [Int] = []) -> UInt64 {
    var hasher = XXHash64(seed: seed)
    bytes.withUnsafeBytes { all in
      var offset = 0
      for size in pieces + [all.count] where offset < all.count {
        let end = min(all.count, offset + size)
        hasher.add(UnsafeRawBufferPointer(rebasing: all[offset..<end]))
        offset = end
      }
    }
    return hasher.finish()
  }

  @Test(arguments: [
    (0, 0, 0xEF46_DB37_51D8_E999), (0, prime32, 0xAC75_FDA2_929B_17EF),
    (1, 0, 0xE934_A84A_DB05_2768), (1, prime32, 0x5014_6076_43A9_B4C3),
    (4, 0, 0x9136_A0DC_A574_57EE), (4, prime32, 0xCAAB_286B_D8E9_FDB5),
    (14, 0, 0x8282_DCC4_994E_35C8), (14, prime32, 0xC3BD_6BF6_3DEB_6DF0),
    (222, 0, 0xB641_AE8C_B691_C174), (222, prime32, 0x20CB_8AB7_AE10_C14A),
    (4161, 0, 0xCD3D_6DF2_DB50_9A75), (4161, prime32, 0x2394_CB79_E973_68D1),
  ] as [(Int, UInt64, UInt64)])
  func theReferenceSanityVectors(length: Int, seed: UInt64, expected: UInt64) {
    let bytes = Self.sanityBuffer[..<length]
    #expect(Self.hash(bytes, seed: seed) == expected)
    #expect(Self.hash(bytes, seed: seed, pieces: [1, 3, 31, 33, 64, 5, 7]) == expected, "fed in pieces")
  }

  @Test func textVectors() {
    #expect(Self.hash(ArraySlice("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
    #expect(Self.hash(ArraySlice("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
    #expect(Self.hash(ArraySlice("Nobody inspects the spammish repetition".utf8)) == 0xFBCE_A83C_8A37_8BF1)
  }
}

/// The file names of snapshots and marks: FNV-1a as published (the FNV reference's vectors).
@Suite struct FNV1aTests {
  @Test func referenceVectors() {
    #expect("".fnv1aHex == "cbf29ce484222325")
    #expect("a".fnv1aHex == "af63dc4c8601ec8c")
    #expect("foobar".fnv1aHex == "85944171f73967e8")
  }
}
