import CronicaUI
import Testing

/// `DisplayText.sanitize` and `width(of:)` answer plain ASCII from its bytes; these hold the byte
/// answers to the scalar and character answers (a test that lets a control through fails here).
@Suite struct DisplayTextBytesTests {
  /// What sanitizing one ASCII scalar gives, by the rule the scalar path follows.
  static func sanitized(_ byte: UInt8, keepNewlines: Bool) -> String {
    switch byte {
    case 0x0A: return keepNewlines ? "\n" : " "
    case 0x09: return " "
    case 0x0D: return ""
    default:
      let scalar = Unicode.Scalar(byte)
      return DisplayText.placeholder(for: scalar) ?? String(scalar)
    }
  }

  @Test func everyASCIIByteIsSanitizedAsItsScalar() {
    for byte in UInt8(0)...0x7F {
      for keep in [true, false] {
        let text = "a" + String(Unicode.Scalar(byte)) + "b"
        let expected = "a" + Self.sanitized(byte, keepNewlines: keep) + "b"
        #expect(DisplayText.sanitize(text, keepNewlines: keep) == expected, "byte \(byte)")
      }
    }
  }

  @Test func asciiWidthIsTheSumOfItsCharacters() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for length in [0, 1, 7, 15, 16, 40, 200] {
      for _ in 0..<50 {
        var bytes: [UInt8] = []
        for _ in 0..<length {
          seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          // Mostly letters, now and then a CR, LF or tab: a CR LF pair is one character.
          let pick = UInt8(truncatingIfNeeded: seed >> 33) % 64
          bytes.append(pick < 60 ? 0x61 + pick % 26 : [0x0D, 0x0A, 0x09, 0x0D][Int(pick - 60)])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let expected = text.reduce(0) { $0 + DisplayText.width(of: $1) }
        #expect(DisplayText.width(of: text) == expected, "\(bytes)")
      }
    }
  }
}
