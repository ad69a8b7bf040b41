import CronicaUI
import Testing

@testable import CronicaModel
@testable import CronicaTerminal

/// One control-character policy: HTML import, display text, cleaning and the terminal backend
/// (what reaches the C shim) refuse the same controls.
@Suite struct ControlPolicyTests {
  @Test func everyLayerRefusesTheSameControls() {
    for value in UInt32(0)...0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let control = value < 0x20 || (0x7F...0x9F).contains(value)
      #expect(scalar.isControlCharacter == control, "U+\(String(value, radix: 16))")
      #expect((CellSymbol.safe(String(scalar)) == "?") == (control || scalar == "?"), "U+\(String(value, radix: 16))")
      if control || scalar.isBidiControl {
        #expect(DisplayText.placeholder(for: scalar) != nil, "U+\(String(value, radix: 16))")
        #expect(!HTMLText.isAllowed(scalar), "U+\(String(value, radix: 16))")
      }
      if control { #expect(LineNormalizer.isControl(scalar), "U+\(String(value, radix: 16))") }
    }
    #expect(DisplayText.placeholder(for: "\u{1B}") == "\u{241B}")
    #expect(DisplayText.placeholder(for: "\u{7F}") == "\u{2421}")
    #expect(DisplayText.placeholder(for: "\u{9B}") == "\u{FFFD}")
    #expect(!WebAddress.isOpenable("https://example.org/\u{9B}31m"))
  }
}
