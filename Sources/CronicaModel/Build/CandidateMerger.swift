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
  ///
  /// - Parameters:
  ///   - candidates: an article's candidates together, as the builder makes them (in the order
  ///     of their articles).
  ///   - terms: the candidates' terms (`TermTable(candidates)`).
  static func groups(_ candidates: [BuildCandidate], terms: TermTable) -> [[Int]] {
    // Terms in more than a twentieth of the candidates (and at least eight) lead nowhere; in
    // more than a quarter (and at least four) they carry no weight ("Mexico" in a corpus on Mexico).
    let common = max(8, candidates.count / 20)
    let everywhere = max(4, candidates.count / 4)
    let total = Double(candidates.count + 1)
    let weight: [Double] = terms.counts.indices.map { id in
      let count = terms.counts[id]
      guard count <= everywhere else { return 0 }
      let rarity = log(total / Double(count))
      return terms.kinds[id] == .word ? rarity : 1.5 * rarity
    }
    let weights = terms.lists.map { list in list.reduce(0.0) { $0 + weight[Int($1)] } }

    struct Group {
      var members: [Int]
      /// The article of the last member. An article's candidates come together, so a group holds
      /// a candidate of the current candidate's article exactly when its last member is of it (no
      /// set of articles per group: most groups hold one candidate).
      var lastArticle: Int
      var earliest: DayStamp?
      var latest: DayStamp
    }
    var groups: [Group] = []
    var postings = TermPostings(terms: terms.counts.count)
    var recent: [Int32] = []
    // The candidate that last looked at each group (a group is compared once per candidate).
    var lastSeen: [Int] = []
    for position in candidates.indices {
      // What is compared of candidates is read in place (copying a candidate, or its date,
      // costs reference counting on each of its strings).
      let article = candidates[position].article
      assert(position == 0 || candidates[position - 1].article <= article, "candidates out of article order")
      let mine = terms.lists[position]
      let haveFigures = mine.contains { terms.kinds[Int($0)] == .figure }
      var best: (group: Int, similarity: Double)?
      for term in mine where terms.counts[Int(term)] <= common {
        postings.recent(Int(term), limit: postingLimit, into: &recent)
        for posted in recent where lastSeen[Int(posted)] != position {
          let group = Int(posted)
          lastSeen[group] = position
          guard groups[group].lastArticle != article,
            CandidateDate.reaches(earliest: groups[group].earliest, latest: groups[group].latest, candidates[position].date)
          else { continue }
          var similarity = 0.0
          for member in groups[group].members.prefix(memberLimit) {
            let theirs = terms.lists[member]
            // The terms both hold, by walking the two sorted lists.
            var shared = 0.0
            var count = 0
            var names = 0
            var sharesFigure = false
            var theyHaveFigures = false
            var i = 0
            var j = 0
            while i < mine.count, j < theirs.count {
              if mine[i] < theirs[j] {
                i += 1
              } else if mine[i] > theirs[j] {
                if terms.kinds[Int(theirs[j])] == .figure { theyHaveFigures = true }
                j += 1
              } else {
                let id = Int(mine[i])
                if terms.kinds[id] == .figure {
                  sharesFigure = true
                  theyHaveFigures = true
                }
                if weight[id] > 0 {
                  shared += weight[id]
                  count += 1
                  if terms.kinds[id] != .word { names += 1 }
                }
                i += 1
                j += 1
              }
            }
            guard count >= 2, weights[position] > 0, weights[member] > 0 else { continue }
            // Two statements of figures are the same only when they share a figure.
            if haveFigures, !sharesFigure,
              theyHaveFigures || theirs[j...].contains(where: { terms.kinds[Int($0)] == .figure })
            {
              continue
            }
            var value = shared / (weights[position] * weights[member]).squareRoot()
            // Dates within the same month that overlap agree closely, however they were found.
            let stated = candidates[position].date.isStated
            let close = candidates[position].date.agreesClosely(with: candidates[member].date)
            let needed =
              stated == candidates[member].date.isStated || close
              ? (stated || close ? threshold : unstatedThreshold) : mixedThreshold
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
        groups[chosen].lastArticle = article
        let reach = candidates[position].date.reach
        if let earliest = reach.earliest, earliest > groups[chosen].earliest ?? earliest {
          groups[chosen].earliest = earliest
        } else if groups[chosen].earliest == nil {
          groups[chosen].earliest = reach.earliest
        }
        groups[chosen].latest = min(groups[chosen].latest, reach.latest)
      } else {
        chosen = groups.count
        let reach = candidates[position].date.reach
        groups.append(
          Group(members: [position], lastArticle: article, earliest: reach.earliest, latest: reach.latest))
        lastSeen.append(-1)
      }
      for term in mine where terms.counts[Int(term)] <= common && postings.last(Int(term)) != Int32(chosen) {
        postings.post(Int32(chosen), to: Int(term))
      }
    }
    return groups.map(\.members)
  }
}

/// Each term's postings (the groups it led to, oldest first) as lists through one array, newest
/// first: no array for each term (most terms are in one candidate only, and each array was an
/// allocation made and freed on one core).
struct TermPostings {
  /// Each term's newest posting (-1 for none).
  private var newest: [Int32]
  /// Each posting's group, and the term's posting before it (-1 for none).
  private var entries: [(group: Int32, previous: Int32)] = []

  init(terms: Int) {
    newest = Array(repeating: -1, count: terms)
  }

  /// The group last posted to `term`.
  func last(_ term: Int) -> Int32? {
    newest[term] < 0 ? nil : entries[Int(newest[term])].group
  }

  mutating func post(_ group: Int32, to term: Int) {
    entries.append((group, newest[term]))
    newest[term] = Int32(entries.count - 1)
  }

  /// The last `limit` groups posted to `term`, oldest first, in `recent` (emptied first).
  func recent(_ term: Int, limit: Int, into recent: inout [Int32]) {
    recent.removeAll(keepingCapacity: true)
    var next = newest[term]
    while next >= 0, recent.count < limit {
      recent.append(entries[Int(next)].group)
      next = entries[Int(next)].previous
    }
    recent.reverse()
  }
}

/// The candidates' terms as numbers: each distinct term gets the number of its place in sorted
/// order (the same numbers on every run), each candidate a sorted list of them.
struct TermTable {
  enum Kind: UInt8 { case name, figure, word }
  /// How many candidates hold each term.
  var counts: [Int] = []
  /// What each term is (`n:`, `#:`, `w:`).
  var kinds: [Kind] = []
  /// Each term's text.
  var texts: [String] = []
  /// Each candidate's terms, ascending.
  var lists: [[Int32]]

  /// - Parameters:
  ///   - candidates: the candidates, in runs of consecutive ones whose terms one vocabulary numbered.
  ///   - vocabularies: each run's vocabulary (one per piece of work that read the articles).
  ///   - runs: the candidates of each vocabulary.
  init(_ candidates: [BuildCandidate], vocabularies: [TermVocabulary], runs: [Range<Int>]) {
    // Each core counts the terms of its run and sorts those its candidates hold; the sorted
    // vocabularies are then merged once, the runs kept in a heap by their next term (the earlier
    // run first among equals, whose text the table keeps), and each core renumbers its lists.
    let found = Parallel.map(pieces: runs.count) { piece in Run(candidates[runs[piece]], vocabularies[piece].symbols.strings) }
    var numbers = found.map { Array(repeating: Int32(0), count: $0.counts.count) }
    var heads = Array(repeating: 0, count: found.count)
    // Each run's next term (read once per step, not once per comparison).
    var next = found.map { $0.sorted.isEmpty ? "" : $0.strings[$0.sorted[0]] }
    func precedes(_ a: Int, _ b: Int) -> Bool { next[a] < next[b] || (a < b && next[a] == next[b]) }
    var heap = found.indices.filter { !found[$0].sorted.isEmpty }
    func siftDown(_ start: Int) {
      var parent = start
      while true {
        var first = parent
        let (left, right) = (2 * parent + 1, 2 * parent + 2)
        if left < heap.count, precedes(heap[left], heap[first]) { first = left }
        if right < heap.count, precedes(heap[right], heap[first]) { first = right }
        guard first != parent else { return }
        heap.swapAt(parent, first)
        parent = first
      }
    }
    for index in heap.indices.reversed() { siftDown(index) }
    while let top = heap.first {
      let term = next[top]
      let kind = found[top].kinds[found[top].sorted[heads[top]]]
      let number = Int32(counts.count)
      var count = 0
      // Every run whose next term this is comes to the top in turn.
      while let run = heap.first, next[run] == term {
        let local = found[run].sorted[heads[run]]
        numbers[run][local] = number
        count += found[run].counts[local]
        heads[run] += 1
        if heads[run] == found[run].sorted.count {
          heap.swapAt(0, heap.count - 1)
          heap.removeLast()
        } else {
          next[run] = found[run].strings[found[run].sorted[heads[run]]]
        }
        siftDown(0)
      }
      counts.append(count)
      texts.append(term)
      kinds.append(kind)
    }
    // Moved, not copied, into one array on all cores: a copy retains each list and freeing the
    // runs releases it again.
    lists = Parallel.joined(
      Parallel.map(pieces: found.count) { [numbers] piece in
        // (By index: a candidate taken out of the array is copied.)
        runs[piece].map { index in candidates[index].terms.map { numbers[piece][Int($0)] }.sorted() }
      })
  }

  /// The terms of a run of candidates as one core numbered them.
  private struct Run: Sendable {
    /// The vocabulary's terms.
    var strings: [String]
    /// How many of the run's candidates hold each term (a term only a discarded clause had holds none).
    var counts: [Int]
    /// The numbers of the terms some candidate holds, in the order of their texts.
    var sorted: [Int] = []
    /// What each term is, by its number (told for those in `sorted`, on the run's core, not as
    /// the runs are merged on one).
    var kinds: [Kind] = []

    init(_ candidates: ArraySlice<BuildCandidate>, _ strings: [String]) {
      self.strings = strings
      counts = Array(repeating: 0, count: strings.count)
      for index in candidates.indices {
        for term in candidates[index].terms { counts[Int(term)] += 1 }
      }
      sorted = strings.indices.filter { counts[$0] > 0 }.sorted { strings[$0] < strings[$1] }
      kinds = Array(repeating: .word, count: strings.count)
      for term in sorted {
        kinds[term] = strings[term].hasPrefix("w:") ? .word : strings[term].hasPrefix("#:") ? .figure : .name
      }
    }
  }
}
