import CronicaUI
import Foundation
import Testing

@testable import CronicaTerminal

@Suite("Style to curses attributes")
struct CellAttributesTests {
  static let table: [(Style, CellAttributes)] = [
    (.plain, []),
    (Style(bold: true), .bold),
    (Style(dim: true), .dim),
    (Style(underline: true), .underline),
    (Style(reverse: true), .reverse),
    (Style(foreground: .red, bold: true, reverse: true), [.bold, .reverse]),
    (Style(foreground: .green, background: .blue), []),
    (Style(bold: true, dim: true, underline: true, reverse: true), [.bold, .dim, .underline, .reverse]),
  ]

  @Test("attributes follow the style flags, never the colours", arguments: table)
  func mapping(style: Style, expected: CellAttributes) {
    #expect(CellAttributes(style) == expected)
  }

  @Test("flag bits are the ones cn_put_cell reads")
  func bits() {
    #expect(CellAttributes.bold.rawValue == 1)
    #expect(CellAttributes.dim.rawValue == 2)
    #expect(CellAttributes.underline.rawValue == 4)
    #expect(CellAttributes.reverse.rawValue == 8)
  }

  static let symbols: [(String, String)] = [
    ("a", "a"), ("é", "é"), ("e\u{301}", "e\u{301}"), ("中", "中"), ("👍🏽", "👍🏽"), ("", " "),
    ("\u{1B}", "?"), ("\u{7}", "?"), ("\r", "?"), ("\u{7F}", "?"), ("\u{9B}", "?"), ("\u{85}", "?"),
    ("a\u{1B}", "?"), ("\u{A0}", "\u{A0}"),
  ]

  @Test("control scalars never reach the terminal", arguments: symbols)
  func safeSymbol(symbol: String, expected: String) {
    #expect(CellSymbol.safe(symbol) == expected)
  }
}

@Suite("Colour decision")
struct ColorDecisionTests {
  @Test("NO_COLOR with any value turns colour off")
  func noColor() {
    let options = TerminalOptions()
    #expect(!options.usesColor(environment: ["NO_COLOR": ""], terminalHasColors: true))
    #expect(!options.usesColor(environment: ["NO_COLOR": "1"], terminalHasColors: true))
    #expect(options.usesColor(environment: [:], terminalHasColors: true))
  }

  @Test("no colour on a terminal without colours or when forced off")
  func forcedOff() {
    #expect(!TerminalOptions().usesColor(environment: [:], terminalHasColors: false))
    #expect(!TerminalOptions(color: false).usesColor(environment: [:], terminalHasColors: true))
  }

  @Test("the debug crash switch is off unless asked for")
  func debugCrashSwitch() {
    #expect(TerminalOptions(debugCrash: false).debugCrash == false)
    #expect(TerminalOptions(debugCrash: true).debugCrash == true)
  }

  @Test("the idle signal replaces the file with the count")
  func idleSignal() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("cronica-idle-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let signal = IdleSignal(path: path)
    signal.write(3)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "3\n")
    signal.write(12)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "12\n")
  }
}
