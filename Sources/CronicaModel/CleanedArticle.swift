/// The result of cleaning one raw article: readable text plus what was set aside.
public struct CleanedArticle: Hashable, Sendable {
  /// The body text people read and citations quote: paragraphs separated by one blank line.
  public var text: String
  /// Author bios and similar trailing notes removed from the body, kept as metadata.
  public var authorNotes: [String]
  public var repairedMojibake: Bool

  public init(text: String, authorNotes: [String] = [], repairedMojibake: Bool = false) {
    self.text = text
    self.authorNotes = authorNotes
    self.repairedMojibake = repairedMojibake
  }
}
