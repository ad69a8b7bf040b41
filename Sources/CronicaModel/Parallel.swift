import Dispatch
import Foundation
import Synchronization

/// Splits model work (loading, validating, indexing large corpora) across the machine's cores.
///
/// The only concurrency in the model: each piece works on its own data and returns a value;
/// results come back in piece order, so the outcome is the same as doing the pieces in a row.
public enum Parallel {
  /// How many pieces to split work into: the number of active cores, at most 8.
  public static let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))

  /// `body(piece)` for each piece `0..<pieces`, run concurrently; the results in piece order.
  public static func map<T: Sendable>(pieces: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard pieces > 1 else { return pieces == 1 ? [body(0)] : [] }
    let slots = Slots<T>(count: pieces)
    DispatchQueue.concurrentPerform(iterations: pieces) { piece in
      let value = body(piece)
      slots.values.withLock { $0[piece] = value }
    }
    return slots.values.withLock { $0.compactMap { $0 } }
  }

  /// `0..<count` cut into at most `width` contiguous ranges of at least `minimum` elements each.
  public static func ranges(of count: Int, minimum: Int) -> [Range<Int>] {
    let pieces = max(1, min(width, count / max(1, minimum)))
    return (0..<pieces).map { piece in (count * piece / pieces)..<(count * (piece + 1) / pieces) }
  }

  /// One result slot per piece, shared by the worker threads.
  private final class Slots<T: Sendable>: Sendable {
    let values: Mutex<[T?]>
    init(count: Int) { values = Mutex(Array(repeating: nil, count: count)) }
  }
}

/// Read-only bytes shared by the pieces of a `Parallel.map`.
///
/// `@unchecked` because buffer pointers are not `Sendable`: the owner keeps the memory alive and
/// unchanged until `Parallel.map` returns, and the pieces only read it.
struct SharedBytes: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
}
