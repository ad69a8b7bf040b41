import Dispatch
import Foundation
import Synchronization

/// Splits model work (loading, validating, indexing large corpora) across the machine's cores.
///
/// The only concurrency in the model: each piece works on its own data and returns a value (or
/// fills its own part of one buffer); results come back in piece order, so the outcome is the
/// same as doing the pieces in a row.
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

  /// Frees `values` on all cores (100k events hold millions of allocations: freeing them is work
  /// of its own). Pass the last reference: values still shared would be copied first.
  ///
  /// Inlinable, as `map(moving:)`: unspecialized, moving each value costs ~1,000 instructions
  /// (through its type's value witnesses), as much as freeing it.
  @inlinable
  public static func free<T: Sendable>(_ values: consuming [T]) {
    let ranges = ranges(of: values.count, minimum: 4_096)
    guard ranges.count > 1 else { return }
    _ = map(moving: consume values, ranges: ranges) { _, _ in 0 }
  }

  /// `body(piece, &share)` for each piece, run concurrently, where `share` holds the values of
  /// `ranges[piece]` (consecutive ranges from 0 that cover `values`) moved out of `values`, not
  /// copied (a copy retains each reference a value holds, and freeing the original releases them
  /// again). A share is reversed: `popLast()` takes its values in order. What a body leaves in
  /// its share is freed on its core. Pass the last reference: values still shared are copied.
  @inlinable
  package static func map<T: Sendable, R: Sendable>(
    moving values: consuming [T], ranges: [Range<Int>], _ body: @Sendable (Int, inout [T]) -> R
  ) -> [R] {
    var values = values
    // Each share is held only by its box, so that the core that empties the box frees it.
    var shares: [Held<[T]>] = []
    for range in ranges.dropFirst().reversed() {
      var share: [T] = []
      share.reserveCapacity(range.count)
      while values.count > range.lowerBound { share.append(values.removeLast()) }
      shares.append(Held(share))
    }
    // The first range's values stay where they are, reversed in place: no room is made for them
    // and filled on this core (fresh pages, each a fault, for 100k large values). (Through the
    // buffer, whose swaps move values: the array's copy them, retaining what each holds.)
    if !ranges.isEmpty {
      values.withUnsafeMutableBufferPointer { $0.reverse() }
      shares.append(Held(values))
    }
    values = []
    shares.reverse()
    return map(pieces: shares.count) { [shares] piece in
      shares[piece].value.withLock { share in
        var taken = share.take() ?? []
        return body(piece, &taken)
      }
    }
  }

  /// The runs' values in one array, in order, each run moved into its place on a core: the
  /// array's fresh pages fault on all cores, and no value is retained or released on the way.
  /// Pass the last references: runs still shared are copied first.
  @inlinable
  package static func joined<T: Sendable>(_ runs: consuming [[T]]) -> [T] {
    var runs = runs
    // A lone run is the result as it is.
    if runs.count == 1 { return runs.removeLast() }
    var starts = [0]
    for run in runs { starts.append(starts[starts.count - 1] + run.count) }
    let ranges = runs.indices.map { starts[$0]..<starts[$0 + 1] }
    // Each run's values taken from its end, last position first.
    return array(ranges: ranges, moving: consume runs) { run, _ in run.removeLast() }
  }

  /// An array of `ranges.last?.upperBound ?? 0` values, each position initialized once, on all
  /// cores: piece `p` makes the positions of `ranges[p]` (consecutive ranges from 0), last first,
  /// each `value(&share, position)`, where `share` is `shares[p]`, moved to its core (see
  /// `map(moving:)`). A share is freed on its core with what the piece left in it.
  @inlinable
  package static func array<S: Sendable, T: Sendable>(
    ranges: [Range<Int>], moving shares: consuming [S], _ value: @Sendable (inout S, Int) -> T
  ) -> [T] {
    // Every position is initialized exactly once only if the ranges follow one another from 0.
    precondition(shares.count == ranges.count, "one share for each range")
    precondition(zip([0] + ranges.map(\.upperBound), ranges).allSatisfy { $0 == $1.lowerBound }, "consecutive ranges from 0")
    let count = ranges.last?.upperBound ?? 0
    var shares = shares
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      let output = SharedValues(base: base)
      // Taken out of the captured variable, so that the shares are handed on as their last
      // references.
      var taken: [S] = []
      swap(&taken, &shares)
      _ = map(moving: consume taken, ranges: ranges.indices.map { $0..<($0 + 1) }) { piece, share in
        guard var held = share.popLast() else { return 0 }
        for position in ranges[piece].reversed() { (output.base + position).initialize(to: value(&held, position)) }
        return 0
      }
      initialized = count
    }
  }

  /// `value(position)` for each position of `0..<count`, each made once, on all cores.
  @inlinable
  package static func array<T: Sendable>(count: Int, _ value: @Sendable (Int) -> T) -> [T] {
    let ranges = ranges(of: count, minimum: 4_096)
    return array(ranges: ranges, moving: [Void](repeating: (), count: ranges.count)) { _, position in value(position) }
  }

  /// The values sorted in runs (`ranges`, by default a few for each core) on all cores and
  /// merged: among equal values, the earlier run's first. This is `values.sorted()` only where
  /// `<` is a strict weak order over the values: `String`'s is not (a name ending in a decomposed
  /// accent and its composed spelling with one more character compare neither way), so strings
  /// come here only when that holds, e.g. all ASCII. (`Comparable`, not a closure: through a
  /// closure a comparison of strings cost three times as much.)
  public static func sorted<T: Comparable & Sendable>(_ values: [T], ranges: [Range<Int>]? = nil) -> [T] {
    let ranges = ranges ?? Self.ranges(of: values.count, minimum: 4_096)
    let runs = map(pieces: ranges.count) { values[ranges[$0]].sorted() }
    guard var merged = runs.first else { return [] }
    for run in runs.dropFirst() {
      var result: [T] = []
      result.reserveCapacity(merged.count + run.count)
      var (left, right) = (0, 0)
      while left < merged.count, right < run.count {
        if run[right] < merged[left] {
          result.append(run[right])
          right += 1
        } else {
          result.append(merged[left])
          left += 1
        }
      }
      result += merged[left...]
      result += run[right...]
      merged = result
    }
    return merged
  }

  /// `0..<count` cut into contiguous ranges of at least `minimum` elements each, at most `perCore`
  /// for each core: more than one where the work per element varies, so that a core that is done
  /// early (or one that other processes hold up) is not left waiting for the other's last piece.
  public static func ranges(of count: Int, minimum: Int, perCore: Int = 1) -> [Range<Int>] {
    let pieces = max(1, min(width * perCore, count / max(1, minimum)))
    return (0..<pieces).map { piece in (count * piece / pieces)..<(count * (piece + 1) / pieces) }
  }

  /// Values to be freed by whichever thread empties the box.
  @usableFromInline
  final class Held<T: Sendable>: Sendable {
    @usableFromInline let value: Mutex<T?>
    @usableFromInline init(_ value: consuming T) { self.value = Mutex(value) }
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

/// Bytes the pieces of a `Parallel.map` write, each piece its own places.
///
/// `@unchecked` because buffer pointers are not `Sendable`: the owner keeps the memory alive until
/// `Parallel.map` returns, and no two pieces write the same bytes (nor read what another writes).
struct SharedOutput: @unchecked Sendable {
  let buffer: UnsafeMutableRawBufferPointer
}

/// Typed memory the pieces of a `Parallel` call initialize, change or move out of, each piece its
/// own places.
///
/// `@unchecked` because pointers are not `Sendable`: the owner keeps the memory alive while pieces
/// use it, and each place is used by one piece only. A piece that moves a value out of a place
/// initializes it again before `Parallel.map` returns, unless the owner then treats that place as
/// uninitialized.
@usableFromInline
struct SharedValues<T>: @unchecked Sendable {
  @usableFromInline let base: UnsafeMutablePointer<T>
  @usableFromInline init(base: UnsafeMutablePointer<T>) { self.base = base }
}
