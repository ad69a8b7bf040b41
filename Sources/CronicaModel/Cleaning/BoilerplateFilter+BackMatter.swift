/// The back matter after an author heading: bios kept as notes, the rest dropped.
extension BoilerplateFilter {
  /// Collects author bios from the back matter.
  ///
  /// Consecutive bio lines form one note. Dropped: chrome lines, names shown twice, an
  /// institute heading with its blurb ("Mexico Institute" / "The Mexico Institute seeks …"),
  /// and everything from a related-links heading on.
  static func backMatterNotes(_ lines: [String]) -> [String] {
    var notes: [String] = []
    var current: [String] = []
    func close() {
      if !current.isEmpty { notes.append(current.joined(separator: " ")) }
      current = []
    }
    var index = 0
    while index < lines.count {
      let line = TextShape.strippingGluedLink(lines[index])
      if line.isEmpty || isChrome(line) {
        close()
        index += 1
        continue
      }
      let next = nextFilled(lines, after: index)
      if BoilerplateRule.linkListHeadings.contains(line) {
        break
      } else if let next, lines[next] == line {
        close()
        index = next + 1
      } else if let next, isInstituteBlurb(heading: line, blurb: lines[next]) {
        close()
        index = next + 1
      } else {
        current.append(line)
        index += 1
      }
    }
    close()
    return notes
  }

  /// The index of the next non-blank line after `index`.
  static func nextFilled(_ lines: [String], after index: Int) -> Int? {
    lines[(index + 1)...].firstIndex { !$0.isEmpty }
  }

  /// Whether `blurb` describes the organization named by the short `heading` line.
  static func isInstituteBlurb(heading: String, blurb: String) -> Bool {
    guard TextShape.wordCount(heading) <= 6, !heading.hasSuffix(".") else { return false }
    return blurb.hasPrefix("The " + heading + " ")
  }
}
