/// One entry of the theme taxonomy (arms trafficking, cash flow, fentanyl…).
public struct Theme: Hashable, Sendable, Codable, Identifiable {
  /// A short stable key used on the command line and in event files (`arms`).
  public var key: String
  /// A human label (`Arms trafficking`).
  public var label: String
  /// One line on what the theme covers.
  public var description: String
  /// Lower-case phrases whose presence in a citation suggests the theme.
  public var phrases: [String]

  public var id: String { key }

  public init(key: String, label: String, description: String, phrases: [String]) {
    self.key = key
    self.label = label
    self.description = description
    self.phrases = phrases
  }
}
