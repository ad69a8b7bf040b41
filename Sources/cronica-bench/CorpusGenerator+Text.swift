import CronicaModel

extension CorpusGenerator {
  /// A headline: "The DEA extradites cartel leaders in Culiacán".
  static func title(_ random: inout SplitMix64) -> String {
    "\(random.pick(WordLists.actors)) \(random.pick(WordLists.actions)) \(random.pick(WordLists.objects)) in \(random.pick(WordLists.places))"
  }

  /// One to three sentences in the style of the bundled chronology's summaries.
  static func summary(_ random: inout SplitMix64) -> String {
    var sentences = [
      "\(random.pick(WordLists.actors)) \(random.pick(WordLists.pastActions)) \(random.pick(WordLists.objects)) after \(random.pick(WordLists.reasons))."
    ]
    if random.chance(70) {
      sentences.append("Officials in \(random.pick(WordLists.places)) said the measure \(random.pick(WordLists.outcomes)).")
    }
    if random.chance(35) {
      sentences.append(
        "\(capitalized(random.pick(WordLists.sources))) put the figure at \(random.int(in: 3...9_000)) cases in \(random.int(in: years)).")
    }
    return sentences.joined(separator: " ")
  }

  /// One sentence of article prose; citations quote these verbatim.
  static func articleSentence(_ random: inout SplitMix64) -> String {
    let actor = random.pick(WordLists.actors)
    let midActor = actor.hasPrefix("The ") ? "the " + actor.dropFirst(4) : actor
    let drug = random.pick(WordLists.drugs)
    let place = random.pick(WordLists.places)
    let year = random.int(in: years)
    switch random.below(6) {
    case 0:
      return "According to \(random.pick(WordLists.sources)), \(midActor) \(random.pick(WordLists.pastActions)) \(random.pick(WordLists.objects)) in \(place) in \(year)."
    case 1:
      return "Seizures of \(drug) near \(place) rose \(random.int(in: 2...600)) percent between \(year) and \(year + random.int(in: 1...6))."
    case 2:
      return "\(actor) said that \(random.pick(WordLists.objects)) \(random.pick(WordLists.outcomes))."
    case 3:
      return "The decision followed \(random.pick(WordLists.reasons)), \(random.pick(WordLists.sources)) said."
    case 4:
      return "In \(place), \(random.pick(WordLists.sources)) counted \(random.int(in: 5...20_000)) cases linked to \(drug) in \(year)."
    default:
      return "Critics in \(place) argued that \(midActor) \(random.pick(WordLists.outcomes)) and that \(random.pick(WordLists.objects)) deserved more attention."
    }
  }

  /// A raw article: headline, byline, paragraphs of prose and the odd advertisement line for the
  /// cleaner to remove. Returns the raw text and the sentences it contains.
  static func article(_ random: inout SplitMix64, title: String, authors: [String]) -> (raw: String, sentences: [String]) {
    var lines = [title]
    if !authors.isEmpty { lines.append("By " + authors.joined(separator: " and ")) }
    lines.append("")
    var sentences: [String] = []
    for paragraph in 0..<random.int(in: 8...14) {
      var paragraphSentences: [String] = []
      for _ in 0..<random.int(in: 3...6) { paragraphSentences.append(articleSentence(&random)) }
      sentences += paragraphSentences
      lines.append(paragraphSentences.joined(separator: " "))
      lines.append("")
      if paragraph == 2, random.chance(50) { lines += ["Advertisement", ""] }
    }
    return (lines.joined(separator: "\n") + "\n", sentences)
  }

  /// 1–4 distinct theme keys in taxonomy order.
  static func themes(_ random: inout SplitMix64, keys: [String]) -> [String] {
    let count = min(keys.count, [1, 1, 2, 2, 2, 3, 3, 4][random.below(8)])
    var chosen = Set<Int>()
    while chosen.count < count { chosen.insert(random.below(keys.count)) }
    return chosen.sorted().map { keys[$0] }
  }

  static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
