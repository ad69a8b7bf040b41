/// A failure of the benchmark tool, with a message naming what it was working on.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
