extension Key {
  /// The key's name for people: `j`, `Space`, `Ctrl-D`, `PgDn`, `Enter`.
  public var name: String {
    switch self {
    case .char(" "): "Space"
    case .char(let character): DisplayText.sanitizedLine(String(character))
    case .ctrl(let character): "Ctrl-" + DisplayText.sanitizedLine(String(character)).uppercased()
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Delete"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .function(let number): "F\(number)"
    }
  }

  /// True for keys that type a character into a prompt.
  public var isPrintable: Bool {
    if case .char = self { return true }
    return false
  }
}
