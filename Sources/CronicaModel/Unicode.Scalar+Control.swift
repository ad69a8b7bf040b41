/// The one control-character policy: what the HTML import drops, what display text shows as a
/// placeholder, and what never reaches the terminal (the C shim draws what it is given).
extension Unicode.Scalar {
  /// C0 controls, DEL and C1 controls: never written to a terminal as they are.
  public var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

  /// Bidirectional overrides, embeddings, isolates and marks: they reorder what is shown.
  public var isBidiControl: Bool {
    switch value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
