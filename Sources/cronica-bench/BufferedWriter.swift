import Foundation

/// Writes a large text file in chunks so that a million-event corpus never sits in memory whole.
struct BufferedWriter: ~Copyable {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private let path: String

  /// Creates (or truncates) the file at `url`.
  init(url: URL) throws(BenchError) {
    path = url.path
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: url.path)
    else { throw BenchError("cannot create \(url.path)") }
    self.handle = handle
    buffer.reserveCapacity(1 << 20)
  }

  /// Appends text, flushing to disk every megabyte.
  mutating func write(_ text: String) throws(BenchError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { try flush() }
  }

  mutating func flush() throws(BenchError) {
    guard !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      throw BenchError("cannot write \(path): \(error.localizedDescription)")
    }
    buffer.removeAll(keepingCapacity: true)
  }

  consuming func close() throws(BenchError) {
    try flush()
    do { try handle.close() } catch { throw BenchError("cannot close \(path): \(error.localizedDescription)") }
  }
}
