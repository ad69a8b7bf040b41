extension String {
  /// FNV-1a (64 bits) of the UTF-8 bytes as 16 hex digits: a file name that is the same across
  /// runs and platforms (the snapshot cache's, the marks store's).
  public var fnv1aHex: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
