import CronicaUI
import Foundation
import Testing

/// Text dumps of grids for snapshot tests: rows between `|` bars, then a compact legend of style runs.
public enum GridSnapshot {
  /// Each row is printed between `|` bars (wide characters take their two columns). After a
  /// `-- styles` line, every row with styled cells lists its runs as `x+length code`, where the
  /// code joins `B` bold, `D` dim, `U` underline, `R` reverse, `fg=` and `bg=` colours.
  public static func text(of grid: Grid) -> String {
    var out = "size \(grid.width)x\(grid.height)\n"
    for line in grid.lines { out += "|" + line + "|\n" }
    out += "-- styles\n"
    for y in 0..<grid.height {
      var runs: [String] = []
      var x = 0
      while x < grid.width {
        let style = grid[x, y].style
        var end = x + 1
        while end < grid.width, grid[end, y].style == style { end += 1 }
        if style != .plain { runs.append("\(x)+\(end - x) \(code(style))") }
        x = end
      }
      if !runs.isEmpty { out += String(format: "%02d", y) + ": " + runs.joined(separator: "; ") + "\n" }
    }
    return out
  }

  /// The compact code of a style: `B,R,fg=red`.
  public static func code(_ style: Style) -> String {
    var parts: [String] = []
    if style.bold { parts.append("B") }
    if style.dim { parts.append("D") }
    if style.underline { parts.append("U") }
    if style.reverse { parts.append("R") }
    if let foreground = style.foreground { parts.append("fg=\(foreground)") }
    if let background = style.background { parts.append("bg=\(background)") }
    return parts.joined(separator: ",")
  }
}

/// Compares a grid with `Snapshots/<name>-<W>x<H>.txt` next to the calling test file.
///
/// Records the file (and fails with "recorded new baseline") when it is missing or when the
/// environment sets `RECORD_SNAPSHOTS=1`; otherwise fails with a line diff when they differ.
public func assertGridSnapshot(
  _ grid: Grid, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots").appendingPathComponent("\(name)-\(grid.width)x\(grid.height).txt")
  assertTextSnapshot(GridSnapshot.text(of: grid), at: url, sourceLocation: sourceLocation)
}

/// Compares text with a file, recording it when missing or when `RECORD_SNAPSHOTS=1` is set.
public func assertTextSnapshot(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let existing = try? String(contentsOf: url, encoding: .utf8)
  guard let expected = existing, !record else {
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded new baseline: \(url.path)", sourceLocation: sourceLocation)
    } catch {
      Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  assertEqualLines(actual, expected, sourceLocation: sourceLocation)
}

/// Fails with a `-expected` / `+actual` line diff when two texts differ.
public func assertEqualLines(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
  guard actual != expected else { return }
  Issue.record(
    Comment(rawValue: "texts differ:\n" + lineDiff(expected: expected, actual: actual)), sourceLocation: sourceLocation)
}

/// A line-by-line diff: unchanged lines with two spaces, removed with `-`, added with `+`
/// (the standard library's `difference(from:)`).
public func lineDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var removed = Set<Int>()
  var inserted = Set<Int>()
  for change in new.difference(from: old) {
    switch change {
    case .remove(let offset, _, _): removed.insert(offset)
    case .insert(let offset, _, _): inserted.insert(offset)
    }
  }
  var out: [String] = []
  var i = 0
  var j = 0
  while i < old.count || j < new.count {
    if removed.contains(i) {
      out.append("- " + old[i])
      i += 1
    } else if inserted.contains(j) {
      out.append("+ " + new[j])
      j += 1
    } else {
      out.append("  " + old[i])
      i += 1
      j += 1
    }
  }
  return out.joined(separator: "\n")
}
