extension Theme {
  /// The general-purpose taxonomy a user corpus gets when it has no `themes.json`.
  ///
  /// Callers that prefer the bundled taxonomy pass it to `Corpus.open(at:defaultThemes:)` instead.
  public static let defaultTaxonomy: [Theme] = [
    Theme(
      key: "politics", label: "Politics", description: "Governments, elections, officials and their decisions.",
      phrases: ["election", "president", "congress", "minister"]),
    Theme(
      key: "security", label: "Security", description: "Crime, violence, policing and armed forces.",
      phrases: ["homicide", "cartel", "police", "military"]),
    Theme(
      key: "justice", label: "Justice", description: "Courts, prosecutions, extraditions and the rule of law.",
      phrases: ["court", "indicted", "extradited", "prosecutor"]),
    Theme(
      key: "diplomacy", label: "Diplomacy", description: "Meetings, agreements and relations between countries.",
      phrases: ["summit", "agreement", "bilateral", "treaty"]),
    Theme(
      key: "economy", label: "Economy", description: "Trade, budgets, funding and money flows.",
      phrases: ["trade", "budget", "funding", "tariff"]),
    Theme(
      key: "health", label: "Health", description: "Public health, drugs and overdoses.",
      phrases: ["overdose", "public health", "epidemic"]),
    Theme(
      key: "society", label: "Society", description: "Migration, protest, media and everyday life.",
      phrases: ["migrants", "protest", "journalist"]),
    Theme(key: "other", label: "Other", description: "Anything the other themes do not cover.", phrases: []),
  ]
}
