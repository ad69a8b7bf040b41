/// One proposed event before merging: a sentence (or the clause of one) with its date, kind and
/// title, and the sentences of the same article that only elaborate it.
struct BuildCandidate: Sendable {
  /// The article's position in the builder's input.
  var article: Int
  /// The sentence's index in the article; orders candidates the way the article tells them.
  var sentence: Int
  /// The cited sentences, verbatim: the one the title comes from first.
  var quotes: [String]
  var date: CandidateDate
  var kind: EventKind
  /// A clause built from the sentence, at most 80 characters.
  var title: String
  /// Key terms for merging (names `n:`, numbers `#:`, content words `w:`): their numbers in the
  /// vocabulary of the core that read the article (`TermVocabulary`), ascending.
  var terms: [Int32]
  /// The rules that produced it.
  var rules: [String]
  /// Points for the confidence score (see `ChronologyBuilder.confidence`).
  var score: Int
}
