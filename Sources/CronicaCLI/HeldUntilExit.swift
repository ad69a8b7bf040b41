import CronicaModel
import Synchronization

/// What a command built, kept until the process exits rather than freed just before it: a corpus
/// of 100k articles is millions of allocations, freed one by one on one core (~100M instructions),
/// while the exit returns all of the process's memory at once.
enum HeldUntilExit {
  private static let values = Mutex<[OpenedCorpus]>([])

  static func keep(_ opened: OpenedCorpus) { values.withLock { $0.append(opened) } }

  /// How many are held (for tests).
  static var count: Int { values.withLock { $0.count } }
}
