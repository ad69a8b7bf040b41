import CronicaSystem
import Foundation

// Test helper for the kill -9 tests: `cronica-atomic-writer FILE SIZE-KB COUNT`.
// Writes COUNT versions of FILE with FileWriter (an atomic replacement), each SIZE-KB of one repeated version line
// ("version N\n"), printing "wrote N" after each, so a test can kill it at any moment and check
// the file holds exactly one whole version.
let arguments = CommandLine.arguments
guard arguments.count == 4, let kilobytes = Int(arguments[2]), let count = Int(arguments[3]) else {
  FileHandle.standardError.write(Data("usage: cronica-atomic-writer FILE SIZE-KB COUNT\n".utf8))
  exit(64)
}
let url = URL(fileURLWithPath: arguments[1])
let start = Int(ProcessInfo.processInfo.environment["WRITER_FIRST_VERSION"] ?? "") ?? 1
for version in start..<(start + count) {
  let line = "version \(version)\n"
  let repeats = max(1, kilobytes * 1024 / line.utf8.count)
  let data = Data(String(repeating: line, count: repeats).utf8)
  do {
    try FileWriter.write(data, to: url.path)
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
  print("wrote \(version)")
}
