import Foundation

/// Step 3 of the pipeline: candidates from different articles about the same happening become
/// one event. Two candidates are the same happening when their dates overlap and they share key
/// terms (names, figures, content words) weighted by how rare each term is among all candidates
/// (a cosine of the weighted term sets), with at least two terms shared: a cosine of at least
/// `threshold` when both texts state their dates (or the dates agree within a month), of
/// `unstatedThreshold` when neither does, `mixedThreshold` otherwise; dates that agree within a
/// month and two shared names or figures also merge. Statements of figures merge only when they
/// share a figure.
///
/// Linear in the candidates: each one is compared only with the groups that share one of its
/// rarer terms (an inverted index), a bounded number of them, and within a group with a bounded
/// number of members. A group holds at most one candidate per article.
struct CandidateMerger {
  /// The smallest similarity that merges.
  /// The smallest similarity that merges two candidates whose texts both state their dates.
  static let threshold = 0.25
  /// … when neither states it (both are dated by their articles' publication).
  static let unstatedThreshold = 0.3
  /// … when one states its date and the other does not: the dates agree only loosely.
  static let mixedThreshold = 0.45
  /// The most groups one term may lead a candidate to.
  static let postingLimit = 64
  /// The most members of a group a candidate is compared with.
  static let memberLimit = 16

  /// The groups of candidates, each a list of positions in `candidates`, in the order their
  /// first members appear.
  static func groups(_ candidates: [BuildCandidate]) -> [[Int]] {
    var frequency: [String: Int] = [:]
    for candidate in candidates {
      for term in candidate.terms { frequency[term, default: 0] += 1 }
    }
    // Terms in more than a twentieth of the candidates (and at least eight) lead nowhere; in
    // more than a quarter (and at least four) they carry no weight ("Mexico" in a corpus on Mexico).
    let common = max(8, candidates.count / 20)
    let everywhere = max(4, candidates.count / 4)
    let total = Double(candidates.count + 1)
    func weight(_ term: String) -> Double {
      let count = frequency[term] ?? 1
      guard count <= everywhere else { return 0 }
      let rarity = log(total / Double(count))
      return term.hasPrefix("w:") ? rarity : 1.5 * rarity
    }
    let weights = candidates.map { candidate in candidate.terms.reduce(0.0) { $0 + weight($1) } }

    struct Group {
      var members: [Int]
      var articles: Set<Int>
      var earliest: DayStamp?
      var latest: DayStamp
    }
    var groups: [Group] = []
    var postings: [String: [Int]] = [:]
    for (position, candidate) in candidates.enumerated() {
      var best: (group: Int, similarity: Double)?
      var seen = Set<Int>()
      for term in candidate.terms where (frequency[term] ?? 0) <= common {
        for group in (postings[term] ?? []).suffix(postingLimit) where seen.insert(group).inserted {
          let target = groups[group]
          guard !target.articles.contains(candidate.article),
            CandidateDate.overlap(earliest: target.earliest, latest: target.latest, candidate.date)
          else { continue }
          var similarity = 0.0
          for member in target.members.prefix(memberLimit) {
            let other = candidates[member]
            let (small, large) = candidate.terms.count < other.terms.count
              ? (candidate.terms, other.terms) : (other.terms, candidate.terms)
            var shared = 0.0
            var count = 0
            var names = 0
            for term in small where large.contains(term) && weight(term) > 0 {
              shared += weight(term)
              count += 1
              if !term.hasPrefix("w:") { names += 1 }
            }
            guard count >= 2, weights[position] > 0, weights[member] > 0 else { continue }
            // Two statements of figures are the same only when they share a figure.
            let figures = candidate.terms.filter { $0.hasPrefix("#:") }
            if !figures.isEmpty, other.terms.contains(where: { $0.hasPrefix("#:") }),
              !figures.contains(where: { other.terms.contains($0) })
            {
              continue
            }
            var value = shared / (weights[position] * weights[member]).squareRoot()
            // Dates within the same month that overlap agree closely, however they were found.
            let close = candidate.date.agreesClosely(with: other.date)
            let needed =
              candidate.date.isStated == other.date.isStated || close
              ? (candidate.date.isStated || close ? threshold : unstatedThreshold) : mixedThreshold
            // Dates that agree within a month and two names or figures in common are enough,
            // however long the texts around them ("the Sinaloa Cartel" on April 14, 2023).
            if close, names >= 2 { value = max(value, needed) }
            guard value >= needed else { continue }
            similarity = max(similarity, value)
          }
          if similarity > best?.similarity ?? 0 { best = (group, similarity) }
        }
      }
      let chosen: Int
      if let best {
        chosen = best.group
        groups[chosen].members.append(position)
        groups[chosen].articles.insert(candidate.article)
        if let earliest = candidate.date.earliest, earliest > groups[chosen].earliest ?? earliest {
          groups[chosen].earliest = earliest
        } else if groups[chosen].earliest == nil {
          groups[chosen].earliest = candidate.date.earliest
        }
        groups[chosen].latest = min(groups[chosen].latest, candidate.date.latest)
      } else {
        chosen = groups.count
        groups.append(
          Group(
            members: [position], articles: [candidate.article], earliest: candidate.date.earliest,
            latest: candidate.date.latest))
      }
      for term in candidate.terms where (frequency[term] ?? 0) <= common && postings[term]?.last != chosen {
        postings[term, default: []].append(chosen)
      }
    }
    return groups.map(\.members)
  }
}
