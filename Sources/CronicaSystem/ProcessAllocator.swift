import CMalloc
import Glibc

/// The process's malloc settings, made once at the start of `main`, before any thread.
public enum ProcessAllocator {
  /// How much more than asked glibc takes from the system when a heap grows, and keeps when it
  /// shrinks: 64 MiB, glibc's largest heap of a thread arena (HEAP_MAX_SIZE on 64 bits).
  ///
  /// With glibc's 128 KiB, building a 100k-article folder grew the worker thread's heap with
  /// ~8,600 `mprotect` calls and the main heap with ~375 `brk` calls, and gave memory back only to
  /// touch it again (~105k page faults for 340 MB). With this pad a thread's heap is made writable
  /// whole when it is created (14 `mprotect`, 5 `brk`, ~95k faults), at the price of up to the pad
  /// per arena kept after frees (peak RSS ~340 → ~390 MB there). Pages are only resident once
  /// touched. Setting it also fixes glibc's mmap threshold at 128 KiB (no dynamic threshold).
  public static let topPad = 64 << 20

  /// The environment variables through which a user sets glibc's malloc themselves.
  public static let userSettings = ["MALLOC_TOP_PAD_", "GLIBC_TUNABLES"]

  /// Applies the settings unless the user set glibc's own (then theirs stand); true when
  /// glibc took ours.
  @discardableResult
  public static func configure() -> Bool {
    guard userSettings.allSatisfy({ getenv($0) == nil }) else { return false }
    return mallopt(M_TOP_PAD, Int32(topPad)) == 1
  }
}
