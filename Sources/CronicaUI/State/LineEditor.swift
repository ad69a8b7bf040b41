/// A line of text being edited, with a cursor: what readline does for a prompt.
///
/// The cursor is a grapheme index, so an accented letter or an emoji moves and deletes as one.
public struct LineEditor: Hashable, Sendable {
  /// The text, one element per grapheme.
  public private(set) var characters: [Character]
  /// Where typing inserts: 0 is before the first character, `characters.count` after the last.
  public private(set) var cursor: Int

  /// An editor holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  public enum Edit: Hashable, Sendable {
    /// Delete the character before the cursor (Backspace, Ctrl-H).
    case backspace
    /// Delete the character under the cursor (Delete, Ctrl-D).
    case deleteForward
    /// Move one character left or right (Left, Right, Ctrl-B, Ctrl-F).
    case left, right
    /// Move to the start or the end (Home, End, Ctrl-A, Ctrl-E).
    case home, end
    /// Delete from the start to the cursor (Ctrl-U).
    case killToStart
    /// Delete the word before the cursor and the spaces after it (Ctrl-W).
    case killWordBack
    /// Delete from the cursor to the end (Ctrl-K).
    case killToEnd
  }

  public mutating func insert(_ character: Character) {
    characters.insert(character, at: cursor)
    cursor += 1
  }

  /// Applies an editing command; false when it changed nothing (Backspace at the start).
  @discardableResult
  public mutating func apply(_ edit: Edit) -> Bool {
    let before = (characters, cursor)
    switch edit {
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .deleteForward:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = characters.count
    case .killToStart:
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .killWordBack:
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .killToEnd:
      characters.removeSubrange(cursor...)
    }
    return before.0 != characters || before.1 != cursor
  }

  /// Replaces the whole text (a history entry), the cursor at its end.
  public mutating func replace(with text: String) {
    characters = Array(text)
    cursor = characters.count
  }
}

/// The entries typed into one kind of prompt, oldest first, without repeats.
public struct PromptHistory: Hashable, Sendable {
  public static let limit = 100
  /// The entries, oldest first.
  public private(set) var entries: [String]

  /// A history with these entries (oldest first; repeats and empty ones dropped, the newest kept).
  public init(_ entries: [String] = []) {
    self.entries = []
    for entry in entries { add(entry) }
  }

  /// Adds an entry as the newest; an earlier copy moves up instead of repeating.
  public mutating func add(_ entry: String) {
    guard !entry.isEmpty else { return }
    entries.removeAll { $0 == entry }
    entries.append(entry)
    if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
  }
}
