import CronicaModel
import Testing

@Suite struct ThemePaletteTests {
  @Test func noTwoThemesShareColourAndVariantInThreeCycles() {
    let colors = (0..<(ThemePalette.count * 3)).map { ThemePalette.color(forTheme: $0) }
    #expect(Set(colors).count == colors.count)
    #expect(Set(colors.prefix(ThemePalette.count).map(\.hex)).count == ThemePalette.count)
    #expect(colors[ThemePalette.count].variant == 1)
  }

  @Test func coloursAreHexAndBasicIndexesInRange() {
    for position in 0..<ThemePalette.count {
      let color = ThemePalette.color(forTheme: position)
      #expect(color.hex.count == 7 && color.hex.hasPrefix("#"))
      #expect(color.basic < 8)
    }
  }
}
