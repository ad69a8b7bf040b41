import CronicaUI

/// Key sequences written as text for tests: `jj/fen<Enter>`, `<C-d>`, `<Space>`, `<Esc>`.
public enum KeyScript {
  /// Named keys inside `<…>`.
  static let named: [String: Key] = [
    "Enter": .enter, "Esc": .escape, "Space": .char(" "), "BS": .backspace, "Del": .delete, "Tab": .tab,
    "Up": .up, "Down": .down, "Left": .left, "Right": .right, "PgUp": .pageUp, "PgDn": .pageDown,
    "Home": .home, "End": .end, "lt": .char("<"), "S-Tab": .backTab,
  ]

  /// Parses a script into keys; `<C-x>` is Ctrl-x. An unknown `<name>` is typed literally.
  public static func parse(_ script: String) -> [Key] {
    var keys: [Key] = []
    var rest = Substring(script)
    while let first = rest.first {
      if first == "<", let close = rest.firstIndex(of: ">") {
        let name = String(rest[rest.index(after: rest.startIndex)..<close])
        if let key = named[name] {
          keys.append(key)
          rest = rest[rest.index(after: close)...]
          continue
        }
        if name.hasPrefix("C-"), name.count == 3, let letter = name.last {
          keys.append(.ctrl(letter))
          rest = rest[rest.index(after: close)...]
          continue
        }
      }
      keys.append(.char(first))
      rest = rest.dropFirst()
    }
    return keys
  }
}

extension Browser {
  /// Feeds a key script and returns every effect asked for, in order.
  @discardableResult
  public mutating func press(_ script: String) -> [Effect] {
    KeyScript.parse(script).flatMap { handle(.key($0)) }
  }
}
