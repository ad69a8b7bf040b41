/// A place in a text file: 1-based line and column (columns count Unicode scalars).
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, in Unicode scalars.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line 3, column 5`
  public var description: String { "line \(line), column \(column)" }
}
