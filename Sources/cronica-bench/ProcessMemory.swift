import Foundation

/// The process's own memory figures from `/proc/self/status` (Linux).
enum ProcessMemory {
  /// Peak resident set size (VmHWM) in kilobytes; nil where /proc is unavailable.
  static func peakKilobytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
    return nil
  }
}
