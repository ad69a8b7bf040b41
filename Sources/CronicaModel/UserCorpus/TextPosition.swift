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

  /// The position of a UTF-8 byte offset in `bytes`.
  static func of(offset: Int, in bytes: [UInt8]) -> TextPosition {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return TextPosition(line: line, column: column)
  }

  /// `line 3, column 5`
  public var description: String { "line \(line), column \(column)" }
}
