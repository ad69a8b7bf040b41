import CronicaModel
import Synchronization

/// What a command built, kept until the process exits rather than freed just before it: a corpus
/// of 100k articles is millions of allocations, freed one by one on one core (~100M instructions),
/// while the exit returns all of the process's memory at once. The events built for a folder of
/// articles are kept too (`ProposedChronology.Filling.release`).
enum HeldUntilExit {
  private static let values = Mutex<[any Sendable]>([])

  static func keep(_ value: some Sendable) { values.withLock { $0.append(value) } }

  /// The values of a type held (for tests).
  static func held<T>(_ type: T.Type) -> [T] { values.withLock { $0.compactMap { $0 as? T } } }
}
