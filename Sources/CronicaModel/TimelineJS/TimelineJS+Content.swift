extension TimelineJS {
  /// The plain-text content of one slide: title, body, display date, media caption and credit.
  struct SlideContent {
    var title: String
    var body: String
    var display: String?
    var caption: String
    var credit: String
    var webAddress: String?
    /// True when the slide has neither headline nor text.
    var untitled: Bool
    /// The slide's source text: headline, text, caption and credit, one paragraph each.
    var passage: String

    init(_ slide: TimelineJSFile.Slide, number: Int) {
      let headline = HTMLText.plainText(slide.text?.headline ?? "")
      body = HTMLText.plainText(slide.text?.text ?? "")
      caption = HTMLText.plainText(slide.media?.caption ?? "")
      credit = HTMLText.plainText(slide.media?.credit ?? "")
      let shown = HTMLText.plainText(slide.displayDate ?? "")
      display = shown.isEmpty ? nil : shown
      let address = HTMLText.strippingControls(slide.media?.url ?? "").trimmedText
      webAddress = WebAddress.isOpenable(address) ? address : nil
      untitled = headline.isEmpty && body.isEmpty
      if !headline.isEmpty {
        title = headline.replacingOccurrences(of: "\n", with: " ")
      } else if let line = body.split(separator: "\n").first {
        title = line.count > 100 ? String(line.prefix(99)) + "…" : String(line)
      } else {
        title = number > 0 ? "Untitled slide \(number)" : ""
      }
      var paragraphs = [headline, body, caption].filter { !$0.isEmpty }
      if !credit.isEmpty { paragraphs.append("Credit: " + credit) }
      if paragraphs.isEmpty { paragraphs = [title] }
      passage = paragraphs.joined(separator: "\n\n")
    }
  }

  /// TimelineJS groups turned into themes, keyed by a slug of the group's label.
  struct TimelineThemes {
    private(set) var all: [Theme]
    private var keyByLabel: [String: String] = [:]
    private var used: UniqueIDs

    init(given: [Theme]) {
      all = given
      used = UniqueIDs(taken: given.map(\.key))
      for theme in given where keyByLabel[theme.label] == nil { keyByLabel[theme.label] = theme.key }
    }

    /// Makes sure each key is a theme: the first takes the group's label, the others their key.
    mutating func ensure(_ keys: [String], group: String?) {
      for (position, key) in keys.enumerated() where !used.contains(key) {
        let plain = HTMLText.plainText(group ?? "").replacingOccurrences(of: "\n", with: " ")
        let label = position == 0 && !plain.isEmpty ? plain : key
        used.reserve(key)
        if keyByLabel[label] == nil { keyByLabel[label] = key }
        all.append(Theme(key: key, label: label, description: "", phrases: []))
      }
    }

    /// The theme key of a group, creating the theme on first use (`Ungrouped` for no group).
    mutating func key(forGroup group: String?) -> String {
      let plain = HTMLText.plainText(group ?? "").replacingOccurrences(of: "\n", with: " ")
      let label = plain.isEmpty ? "Ungrouped" : plain
      if let key = keyByLabel[label] { return key }
      let key = used.claim(UserArticle.slug(label))
      keyByLabel[label] = key
      let description = plain.isEmpty ? "Slides without a group." : "The TimelineJS group “\(label)”."
      all.append(Theme(key: key, label: label, description: description, phrases: []))
      return key
    }
  }
}
